package cn.lianxin.onecard.app.download;

import cn.lianxin.onecard.integration.exchange.Channel;
import java.time.LocalDateTime;

/**
 * One file made for a community, as recorded.
 *
 * @param versionOrPeriod the blacklist or parameter version (10 digits), or the billing period
 * @param sha256          of the file's bytes, lower-case hex
 * @param problem         why delivery failed, when it did
 */
public record DownloadRecord(long fileId, String communityId, String fileName, DownloadKind kind, String versionOrPeriod,
                             String sha256, int byteCount, LocalDateTime createdAt, Channel channel, LocalDateTime sentAt,
                             DownloadStatus status, String problem) {
}
