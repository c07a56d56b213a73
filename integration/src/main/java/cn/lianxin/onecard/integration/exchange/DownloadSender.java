package cn.lianxin.onecard.integration.exchange;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Sends one download through {@link DownloadDeliveryRoute} and says whether it arrived. */
@Component
public class DownloadSender {

    private final ProducerTemplate template;
    private final String answerDir;

    public DownloadSender(ProducerTemplate template, ExchangeProperties properties) {
        this.template = template;
        this.answerDir = properties.getSftp().getAnswerDir();
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
        if (failure == null) {
            return Delivery.ok();
        }
        return Delivery.failed(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }
}
