package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
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

    private final String sftpAuthentication;

    public DownloadDeliveryRoute(@Value("${onecard.exchange.sftp.password:}") String password,
                                 @Value("${onecard.exchange.sftp.private-key-file:}") String privateKeyFile) {
        this.sftpAuthentication = SftpOptions.authentication(password, privateKeyFile);
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId("download-delivery").routeConfigurationId(ExchangeErrorHandling.ID)
                .choice()
                    .when(header(CHANNEL).isEqualTo(Channel.INBOX.name()))
                        .toD("file:{{onecard.exchange.directory}}/${header." + COMMUNITY + "}/out"
                                + "?tempPrefix=.part-&fileExist=Override")
                    .when(header(CHANNEL).isEqualTo(Channel.SFTP.name()))
                        .toD("sftp://${header." + SFTP_HOST + "}:${header." + SFTP_PORT + "}/${header." + SFTP_DIRECTORY
                                + "}?username=${header." + SFTP_USER + "}&" + sftpAuthentication
                                + "&tempPrefix=.part-&fileExist=Override&binary=true&disconnect=true"
                                + "&{{onecard.exchange.sftp.options}}")
                    .otherwise()
                        .throwException(IllegalArgumentException.class, "no delivery over channel ${header." + CHANNEL
                                + "}: an HTTP community pulls its downloads")
                .end()
                .log("delivered ${header.CamelFileName} to community ${header." + COMMUNITY + "} over ${header."
                        + CHANNEL + "}");
    }
}
