package cn.lianxin.onecard.app.blacklist;

import java.time.LocalDateTime;

/**
 * A blacklist version of a community and whether the community has confirmed it.
 *
 * @param confirmedAt when the community applied it (its BLA), null while unconfirmed
 */
public record BlacklistVersionView(String communityId, long version, long baseVersion, String fileName, int lineCount,
                                   int cardCount, LocalDateTime createdAt, boolean confirmed, LocalDateTime confirmedAt,
                                   LocalDateTime confirmationReceivedAt) {
}
