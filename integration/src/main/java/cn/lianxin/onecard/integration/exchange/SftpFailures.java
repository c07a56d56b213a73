package cn.lianxin.onecard.integration.exchange;

/** The reason an SFTP exchange failed, in the SSH client's words rather than Camel's wrapper. */
public final class SftpFailures {

    private SftpFailures() {
    }

    /**
     * Whether {@code failure} is a community server refusing the centre — its host key is not the
     * known one, or it refused the login — rather than a failure that may pass: trying again at
     * once would only add a failed login to the server's count (fail2ban), so the error handler
     * does not redeliver it.
     */
    public static boolean isRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (name.startsWith("com.jcraft.jsch.") && (name.endsWith("HostKeyException") || message.startsWith("Auth fail")
                    || message.startsWith("Auth cancel") || message.startsWith("HostKey has been changed")
                    || message.startsWith("reject HostKey") || message.startsWith("UnknownHostKey"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message of the innermost JSch exception of {@code failure} ({@code HostKey has been
     * changed: …}, {@code Auth fail for methods 'password'}) — Camel's own says only
     * {@code Cannot connect to sftp://…} — else the innermost message there is.
     */
    public static String reason(Throwable failure) {
        String jsch = null;
        String innermost = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                innermost = t.getMessage();
                if (t.getClass().getName().startsWith("com.jcraft.jsch.")) {
                    jsch = t.getMessage();
                }
            }
        }
        String reason = jsch != null ? jsch : innermost != null ? innermost : String.valueOf(failure);
        return reason.length() > 380 ? reason.substring(0, 380) + "…" : reason;
    }
}
