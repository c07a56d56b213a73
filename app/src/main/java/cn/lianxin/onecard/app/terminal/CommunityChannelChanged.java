package cn.lianxin.onecard.app.terminal;

/**
 * A terminal change that may change which channel — or which SFTP server, schedule, login —
 * the community uses: published by {@link TerminalService} in the change's transaction, for
 * listeners after it commits (the SFTP pollers restart with the new settings).
 *
 * @param communityId the community whose channel may have changed
 */
public record CommunityChannelChanged(String communityId) {
}
