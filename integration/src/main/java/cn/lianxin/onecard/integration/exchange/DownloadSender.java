package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends one download through {@link DownloadDeliveryRoute} and says whether it arrived; for an SFTP
 * community it reports the outcome to {@link SftpChannelReports}, as the pollers do.
 */
@Component
public class DownloadSender {

    private static final String DELIVERY_ROUTE = "download-delivery";

    private final ProducerTemplate template;
    private final String answerDir;
    private final SftpChannelReports reports;

    public DownloadSender(ProducerTemplate template, ExchangeProperties properties, SftpChannelReports reports) {
        this.template = template;
        this.answerDir = properties.getSftp().getAnswerDir();
        this.reports = reports;
    }

    /** With the app's reports, or none where there is no app (a route test). */
    @Autowired
    public DownloadSender(ProducerTemplate template, ExchangeProperties properties, ObjectProvider<SftpChannelReports> reports) {
        this(template, properties, reports.getIfAvailable(() -> SftpChannelReports.NONE));
    }

    /**
     * Delivers {@code content} as {@code fileName} to {@code target} (inbox or SFTP), retrying
     * as the error handling says.
     */
    public Delivery deliver(DownloadTarget target, String fileName, byte[] content) {
        if (target.channel() == Channel.HTTP) {
            throw new IllegalArgumentException("community " + target.communityId() + " pulls its downloads over HTTP");
        }
        Exchange result = template.send(DownloadDeliveryRoute.ENDPOINT, exchange -> {
            Work.DOWNLOAD.mark(exchange, target.communityId(), target.channel());
            var in = exchange.getIn();
            in.setHeader(Exchange.FILE_NAME, fileName);
            in.setHeader(DownloadDeliveryRoute.COMMUNITY, target.communityId());
            in.setHeader(DownloadDeliveryRoute.CHANNEL, target.channel().name());
            if (target.channel() == Channel.SFTP) {
                in.setHeader(DownloadDeliveryRoute.SFTP_HOST, target.sftpHost());
                in.setHeader(DownloadDeliveryRoute.SFTP_PORT, target.sftpPort());
                in.setHeader(DownloadDeliveryRoute.SFTP_USER, target.sftpUser());
                in.setHeader(DownloadDeliveryRoute.SFTP_DIRECTORY, target.sftpDirectory(answerDir));
            }
            in.setBody(content);
        });
        Throwable failure = result.getException() != null ? result.getException()
                : result.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        boolean sftp = target.channel() == Channel.SFTP;
        if (failure == null) {
            if (sftp) {
                reports.succeeded(target.communityId(), DELIVERY_ROUTE);
            }
            return Delivery.ok();
        }
        if (sftp) {
            String reason = SftpFailures.reason(failure);
            reports.failed(target.communityId(), DELIVERY_ROUTE, reason);
            // Camel's words name the server, the SSH client's say why
            return Delivery.failed(failure.getClass().getSimpleName() + ": " + failure.getMessage()
                    + (reason.equals(failure.getMessage()) ? "" : " — " + reason));
        }
        return Delivery.failed(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
