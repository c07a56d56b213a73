package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Delivers one download to its community: into {@code <exchange>/<community>/out/} for the inbox
 * channel, onto the community's SFTP server into {@code <sftp path>/out/} — both under a
 * temporary name ({@code .part-…}) renamed when complete, so the community never reads half a
 * file. Called through {@link DownloadSender}; an HTTP community pulls instead.
 */
@Component
public class DownloadDeliveryRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:download-delivery";
    static final String COMMUNITY = "onecardCommunity";
    static final String CHANNEL = "onecardChannel";
    static final String SFTP_HOST = "onecardSftpHost";
    static final String SFTP_PORT = "onecardSftpPort";
    static final String SFTP_USER = "onecardSftpUser";
    static final String SFTP_DIRECTORY = "onecardSftpDirectory";
    private static final String SFTP_URI = "onecardSftpUri";

    private final ExchangeProperties properties;
    private final SftpEndpoints sftp;

    public DownloadDeliveryRoute(ExchangeProperties properties) {
        this.properties = properties;
        this.sftp = new SftpEndpoints(properties);
    }

    @Override
    public void configure() {
        String directory = properties.getDirectory().toAbsolutePath().normalize().toString();
        from(ENDPOINT).routeId("download-delivery").routeConfigurationId(ErrorHandling.ID)
                .process(exchange -> LogContext.of(exchange, exchange.getIn().getHeader(COMMUNITY, String.class),
                        exchange.getIn().getHeader(Exchange.FILE_NAME, String.class)))
                .choice()
                    .when(header(CHANNEL).isEqualTo(Channel.INBOX.name()))
                        .toD("file:" + directory + "/${header." + COMMUNITY + "}/out?tempPrefix=.part-&fileExist=Override")
                    .when(header(CHANNEL).isEqualTo(Channel.SFTP.name()))
                        .process(this::sftpUri)
                        .toD("${exchangeProperty." + SFTP_URI + "}")
                    .otherwise()
                        .throwException(IllegalArgumentException.class, "no delivery over channel ${header." + CHANNEL
                                + "}: an HTTP community pulls its downloads")
                .end()
                .log("delivered ${header.CamelFileName} to community ${header." + COMMUNITY + "} over ${header."
                        + CHANNEL + "}");
    }

    /** The server's endpoint, with the login, as a property: the password stays out of the headers. */
    private void sftpUri(Exchange exchange) {
        var in = exchange.getIn();
        exchange.setProperty(SFTP_URI, sftp.uri(in.getHeader(COMMUNITY, String.class), in.getHeader(SFTP_HOST, String.class),
                in.getHeader(SFTP_PORT, Integer.class), in.getHeader(SFTP_USER, String.class),
                in.getHeader(SFTP_DIRECTORY, String.class)) + "&tempPrefix=.part-&fileExist=Override&disconnect=true");
    }
}
