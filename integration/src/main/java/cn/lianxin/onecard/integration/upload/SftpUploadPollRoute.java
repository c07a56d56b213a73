package cn.lianxin.onecard.integration.upload;

import cn.lianxin.onecard.integration.exchange.Channel;
import cn.lianxin.onecard.integration.exchange.ErrorHandling;
import cn.lianxin.onecard.integration.exchange.ExchangeProperties;
import cn.lianxin.onecard.integration.exchange.LogContext;
import cn.lianxin.onecard.integration.exchange.SftpEndpoints;
import cn.lianxin.onecard.integration.exchange.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * SFTP polling: the centre dials each community whose channel is SFTP (host, port, user, path
 * and schedule from the terminal archive, its login from {@code onecard.exchange.sftp.*}),
 * collects {@code CONS_*.DAT} from the path on the schedule (moved to {@code .done/} on the
 * server once answered), and puts each answer into the path's answer directory ({@code out/}).
 * One route per community, {@code sftp-upload-poll-<community>}; {@link #reload()} rebuilds them
 * all, {@link #restart(String)} one community's after its settings changed. Nothing connects when
 * a route starts: a server that is away or hangs only makes its polls fail (logged), never the
 * start of the back office.
 */
@Component
public class SftpUploadPollRoute extends RouteBuilder {

    /** Route id prefix; the community id follows. */
    public static final String ROUTE_PREFIX = "sftp-upload-poll-";

    private final ExchangeProperties properties;
    private final SftpEndpoints endpoints;
    private final SftpServers servers;

    public SftpUploadPollRoute(ExchangeProperties properties, SftpServers servers) {
        this.properties = properties;
        this.endpoints = new SftpEndpoints(properties);
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
                SftpEndpoints.remove(context, existing.getRouteId());
            }
        }
        return add(properties.getSftp().isEnabled() ? servers.list() : List.of());
    }

    /**
     * Replaces the route of {@code communityId} by one with its server's settings in the archive
     * now — or by none, when the community no longer uses SFTP. Returns the route id, if a route
     * now runs.
     */
    public synchronized Optional<String> restart(String communityId) throws Exception {
        SftpEndpoints.remove(getContext(), ROUTE_PREFIX + communityId);
        List<SftpServers.SftpServer> server = new ArrayList<>();
        if (properties.getSftp().isEnabled()) {
            servers.list().stream().filter(s -> s.communityId().equals(communityId)).forEach(server::add);
        }
        return add(server).stream().findFirst();
    }

    private List<String> add(List<SftpServers.SftpServer> list) throws Exception {
        getContext().addRoutes(new RouteBuilder() {
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
        Path work = properties.getWorkDir().resolve("sftp").resolve(community).toAbsolutePath();
        // autoCreate=false: nothing connects at start (the consumer would otherwise dial the server to
        // create the path, on the thread that starts the route, retrying with a timeout on each try)
        builder.from(base(server, SftpEndpoints.directory(server.path(), "")) + "&autoCreate=false&include=CONS_.*\\.DAT"
                        + "&move=.done&localWorkDirectory=" + work
                        + "&" + endpoints.schedule(server.schedule()) + endpoints.pollOptions()
                        + "&idempotent=true&idempotentEager=false&idempotentKey=" + community
                        + "-$simple{file:name}-$simple{file:size}-$simple{file:modified}"
                        + "&idempotentRepository=#uploadFileRepository")
                .routeId(ROUTE_PREFIX + community)
                .routeConfigurationId(ErrorHandling.ID)
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
                    .to(base(server, SftpEndpoints.directory(server.path(), properties.getSftp().getAnswerDir())) + "&tempPrefix=.")
                .end();
    }

    private static void receivedUpload(Exchange exchange, String community) {
        String local = exchange.getIn().getHeader(Exchange.FILE_LOCAL_WORK_PATH, String.class);
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Work.UPLOAD.mark(exchange, community, Channel.SFTP);
        LogContext.of(exchange, community, name);
        exchange.getIn().setBody(new ReceivedUpload(name, community, UploadChannel.SFTP, Path.of(local)));
    }

    /** sftp://host:port/<directory below the login's home>, with the login and {@code disconnect=true}. */
    private String base(SftpServers.SftpServer server, String path) {
        return endpoints.uri(server.communityId(), server.host(), server.port(), server.user(), path) + "&disconnect=true";
    }
}
