package cn.lianxin.onecard.integration.exchange;

/**
 * Where the SFTP pollers and the delivery of downloads report how a community's server answered:
 * the app keeps it as the community's channel status (last success, last failure with its
 * reason, failures in a row) and logs a failure once, with the community and its terminal.
 */
public interface SftpChannelReports {

    /** Reports that ignore everything (a plain Camel context in tests). */
    SftpChannelReports NONE = new SftpChannelReports() {
        @Override
        public void succeeded(String communityId, String routeId) {
        }

        @Override
        public void failed(String communityId, String routeId, String reason) {
        }
    };

    /** {@code routeId} reached {@code communityId}'s server: logged in, listed or wrote its files. */
    void succeeded(String communityId, String routeId);

    /**
     * {@code routeId} could not work with {@code communityId}'s server; {@code reason} is the SSH
     * client's own words ({@code HostKey has been changed: [127.0.0.1]:2222}, {@code Auth fail for
     * methods 'password'}, {@code timeout: socket is not established}).
     */
    void failed(String communityId, String routeId, String reason);
}
