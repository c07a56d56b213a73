package cn.lianxin.onecard.integration.upload;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * SFTP polling: the centre dials each community whose channel is SFTP (host, port, user, path
 * and schedule from the terminal archive, credentials from {@code onecard.uploads.sftp.*}),
 * collects {@code CONS_*.DAT} from the path on the schedule (moved to {@code .done/} on the
 * server once answered), and puts each answer into the path's answer directory ({@code out/}).
 * One route per community, {@code sftp-upload-poll-<community>}; {@link #reload()} rebuilds them
 * after the archive changed. Nothing connects when a route starts: a server that is away or hangs
 * only makes its polls fail (logged), never the start of the back office.
 */
@Component
public class SftpUploadPollRoute extends RouteBuilder {

    /** Route id prefix; the community id follows. */
    public static final String ROUTE_PREFIX = "sftp-upload-poll-";

    private final UploadProperties properties;
    private final SftpServers servers;

    public SftpUploadPollRoute(UploadProperties properties, SftpServers servers) {
        this.properties = properties;
        this.servers = servers;
    }

    @Override
    public void configure() {
        // routes are added by reload(), once the archive can be read (after Flyway and the demo data)
    }

    /** Replaces the SFTP routes by one per SFTP community of the archive now; returns their ids. */
    public synchronized List<String> reload() throws Exception {
        CamelContext context = getContext();
        for (RouteDefinition existing : List.copyOf(((ModelCamelContext) context).getRouteDefinitions())) {
            if (existing.getRouteId() != null && existing.getRouteId().startsWith(ROUTE_PREFIX)) {
                context.getRouteController().stopRoute(existing.getRouteId());
                context.removeRoute(existing.getRouteId());
                ((ModelCamelContext) context).removeRouteDefinition(existing);
            }
        }
        if (!properties.getSftp().isEnabled()) {
            return List.of();
        }
        List<SftpServers.SftpServer> list = servers.list();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (SftpServers.SftpServer server : list) {
                    route(this, server);
                }
            }
        });
        return list.stream().map(s -> ROUTE_PREFIX + s.communityId()).toList();
    }

    private void route(RouteBuilder builder, SftpServers.SftpServer server) {
        String community = server.communityId();
        String schedule = properties.getSftp().getScheduleOverride().isBlank() ? server.schedule()
                : properties.getSftp().getScheduleOverride();
        Path work = properties.getWorkDir().resolve("sftp").resolve(community).toAbsolutePath();
        // autoCreate=false: nothing connects at start (the consumer would otherwise dial the server to
        // create the path, on the thread that starts the route, retrying with a timeout on each try)
        builder.from(base(server, server.path()) + "&autoCreate=false&include=CONS_.*\\.DAT&move=.done&localWorkDirectory=" + work
                        + "&scheduler=spring&scheduler.cron=" + schedule.trim().replace(' ', '+')
                        + "&idempotent=true&idempotentEager=false&idempotentKey=" + community
                        + "-$simple{file:name}-$simple{file:size}-$simple{file:modified}"
                        + "&idempotentRepository=#uploadFileRepository")
                .routeId(ROUTE_PREFIX + community)
                .routeConfigurationId(UploadRoutes.ERROR_HANDLING)
                .process(exchange -> receivedUpload(exchange, community))
                .to(UploadRoutes.INGEST)
                .filter(exchange -> {
                    UploadAnswer answer = exchange.getMessage().getBody(UploadAnswer.class);
                    if (answer == null || !answer.hasAck()) {
                        return false;
                    }
                    exchange.getMessage().setHeader(Exchange.FILE_NAME, answer.ackFileName());
                    exchange.getMessage().setBody(answer.ack());
                    return true;
                })
                    .to(base(server, server.path() + "/" + properties.getSftp().getAnswerDir()) + "&tempPrefix=.")
                .end();
    }

    private static void receivedUpload(Exchange exchange, String community) {
        String local = exchange.getIn().getHeader(Exchange.FILE_LOCAL_WORK_PATH, String.class);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        exchange.setProperty(UploadRoutes.COMMUNITY_PROPERTY, community);
        exchange.getIn().setBody(new ReceivedUpload(name, community, UploadChannel.SFTP, Path.of(local)));
    }

    private String base(SftpServers.SftpServer server, String path) {
        UploadProperties.Sftp sftp = properties.getSftp();
        // sftp://host:port/relative or sftp://host:port//absolute
        StringBuilder uri = new StringBuilder("sftp://").append(server.host()).append(':').append(server.port())
                .append('/').append(path).append("?username=").append(enc(server.user()))
                .append("&binary=true&disconnect=true&strictHostKeyChecking=").append(sftp.getStrictHostKeyChecking());
        String password = sftp.getPasswords().getOrDefault(server.communityId(), sftp.getDefaultPassword());
        if (password != null && !password.isEmpty()) {
            uri.append("&password=RAW(").append(password).append(')');
        } else if (!sftp.getPrivateKeyFile().isBlank()) {
            uri.append("&privateKeyFile=").append(enc(sftp.getPrivateKeyFile()));
        }
        if (!sftp.getKnownHostsFile().isBlank()) {
            uri.append("&knownHostsFile=").append(enc(sftp.getKnownHostsFile())).append("&useUserKnownHostsFile=false");
        }
        return uri.toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
