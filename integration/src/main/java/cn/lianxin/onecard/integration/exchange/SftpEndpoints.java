package cn.lianxin.onecard.integration.exchange;

import com.jcraft.jsch.JSch;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;

/**
 * The one way the centre reaches a community's SFTP server, as a Camel {@code sftp:} URI: the
 * server of the terminal archive, the centre's login ({@code onecard.exchange.sftp}: the
 * community's own password, else the centre's one, else the private key) and the host-key
 * checks. The upload poller, the confirmation poller and the delivery of downloads all build
 * their endpoints here.
 *
 * <p>One login attempt per connection and one connection per try: a community server's fail2ban
 * counts every refused login, and JSch would otherwise offer the same wrong password up to six
 * times ({@code MaxAuthTries}) and also try keyboard-interactive, on each of Camel's four
 * connection attempts. The method is the one configured ({@code password} or {@code publickey});
 * a poll that fails is reported once ({@link SftpPollStrategy}) and the poller backs off.
 */
public final class SftpEndpoints {

    static {
        // JSch reads this for every session; Camel offers no per-endpoint setting for it (it sets
        // other JSch defaults, ciphers and key exchanges, the same global way)
        JSch.setConfig("MaxAuthTries", "1");
    }

    private final ExchangeProperties.Sftp sftp;

    public SftpEndpoints(ExchangeProperties properties) {
        this.sftp = properties.getSftp();
    }

    /**
     * The directory {@code sub} below the terminal archive's SFTP {@code path}, as the
     * {@code <directory>} of {@link #uri}, for uploads, answers, downloads and confirmations alike:
     * below the login's home ({@code /exchange} → {@code exchange/out}) — Camel's SFTP client takes
     * every path so (it turns an absolute one into a relative one, with a warning), and a community
     * server is chrooted to the exchange account.
     */
    public static String directory(String path, String sub) {
        String base = path == null ? "" : path.replaceAll("^/+", "").replaceAll("/+$", "");
        return base.isEmpty() ? sub : sub.isEmpty() ? base : base + "/" + sub;
    }

    /**
     * {@code sftp://host:port/<directory>?username=…&binary=true&<login>&<host keys>}; the
     * directory below the login's home ({@link #directory}).
     */
    public String uri(String communityId, String host, int port, String user, String directory) {
        StringBuilder uri = new StringBuilder("sftp://").append(host).append(':').append(port).append('/')
                .append(directory).append("?username=").append(enc(user)).append("&binary=true");
        String own = sftp.getPasswords().get(communityId);
        if (own != null && !own.isEmpty()) {
            uri.append("&password=RAW(").append(own).append(")&preferredAuthentications=password");
        } else if (!sftp.getPrivateKeyFile().isBlank()) {
            uri.append("&privateKeyFile=").append(enc(sftp.getPrivateKeyFile())).append("&preferredAuthentications=publickey");
        } else {
            uri.append("&password=RAW(").append(sftp.getPassword() == null ? "" : sftp.getPassword())
                    .append(")&preferredAuthentications=password");
        }
        // one connection per try; the retries are the error handler's (deliveries) or the next poll
        uri.append("&maximumReconnectAttempts=0&connectTimeout=").append(sftp.getConnectTimeout().toMillis());
        uri.append("&strictHostKeyChecking=").append(sftp.getStrictHostKeyChecking());
        if (!"yes".equals(sftp.getStrictHostKeyChecking())) {
            // unchecked: no known_hosts at all — JSch would write every new or changed key into it
            uri.append("&useUserKnownHostsFile=false");
        } else if (!sftp.getKnownHostsFile().isBlank()) {
            uri.append("&knownHostsFile=").append(enc(sftp.getKnownHostsFile())).append("&useUserKnownHostsFile=false");
        }
        return uri.toString();
    }

    /**
     * The options every SFTP poller adds: a connection or login that fails is thrown to the poll
     * strategy ({@link SftpPollStrategy}: reported once, with the reason) instead of Camel's WARN
     * without one, and after {@code failing-after} failed polls in a row the poller skips
     * {@code backoff-multiplier} scheduled polls between tries, until one succeeds.
     */
    public String pollOptions() {
        return "&throwExceptionOnConnectFailed=true&pollStrategy=#" + SftpPollStrategy.BEAN
                + "&exceptionHandler=#" + SftpPollStrategy.BEAN
                + "&backoffErrorThreshold=" + sftp.getFailingAfter() + "&backoffMultiplier=" + sftp.getBackoffMultiplier();
    }

    /**
     * The consumer options of a collection on {@code schedule} (Spring cron, six fields; the
     * override of {@code onecard.exchange.sftp.schedule-override} when set), or every
     * {@code poll-delay} when there is none.
     */
    public String schedule(String schedule) {
        String cron = sftp.getScheduleOverride().isBlank() ? schedule : sftp.getScheduleOverride();
        if (cron == null || cron.isBlank()) {
            return "delay=" + sftp.getPollDelay().toMillis();
        }
        return "scheduler=spring&scheduler.cron=" + cron.trim().replace(' ', '+');
    }

    /**
     * Removes the route {@code routeId} (stopped first) if it is there — with its definition, so
     * that a route of the same id can be added with other settings. Returns whether it was there.
     */
    public static boolean remove(CamelContext camel, String routeId) throws Exception {
        boolean present = camel.getRoute(routeId) != null;
        if (present) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
        ModelCamelContext model = (ModelCamelContext) camel;
        RouteDefinition definition = model.getRouteDefinition(routeId);
        if (definition != null) {
            model.removeRouteDefinition(definition);
        }
        return present;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
