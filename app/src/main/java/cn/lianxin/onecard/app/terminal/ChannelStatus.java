package cn.lianxin.onecard.app.terminal;

import java.time.LocalDateTime;

/**
 * How a community's SFTP server last answered the centre — its upload and confirmation pollers
 * and the delivery of its downloads alike.
 *
 * @param communityId         8 digits
 * @param terminalId          the terminal whose SFTP settings the centre dials (null: the community has none now)
 * @param server              {@code sftp://host:port/path} of those settings, or null
 * @param state               OK or FAILING
 * @param consecutiveFailures failures since the last success
 * @param lastSuccessAt       null when it never answered
 * @param lastSuccessRoute    the route that succeeded, e.g. {@code sftp-upload-poll-32030102}
 * @param lastFailureAt       null when it never failed
 * @param lastFailureRoute    the route that failed, e.g. {@code download-delivery}
 * @param lastFailureReason   the SSH client's words, e.g. {@code HostKey has been changed: [127.0.0.1]:2222}
 */
public record ChannelStatus(String communityId, String terminalId, String server, ChannelState state,
        int consecutiveFailures, LocalDateTime lastSuccessAt, String lastSuccessRoute, LocalDateTime lastFailureAt,
        String lastFailureRoute, String lastFailureReason) {
}
