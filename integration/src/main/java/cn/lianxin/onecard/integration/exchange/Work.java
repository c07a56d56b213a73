package cn.lianxin.onecard.integration.exchange;

import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * What an exchange is doing, carried as exchange properties from the first step of its route, so
 * that the one dead-letter route knows what failed and where to keep it. Properties, not headers:
 * they survive the error handler's return to the original message.
 */
public enum Work {
    /** A community's upload (CONS) taken from its inbox directory or SFTP server. */
    UPLOAD,
    /** A community's blacklist confirmation (BLA) taken from its inbox directory or SFTP server. */
    CONFIRMATION,
    /** A file the centre delivers to a community's inbox directory or SFTP server. */
    DOWNLOAD;

    /** Exchange property: the {@link Work}. */
    public static final String PROPERTY = "OnecardWork";
    /** Exchange property: the community whose channel the file travels through. */
    public static final String COMMUNITY = "OnecardCommunity";
    /** Exchange property: the channel ({@link Channel}). */
    public static final String CHANNEL = "OnecardChannel";

    /** Marks {@code exchange} as this work for {@code communityId} over {@code channel}. */
    public void mark(Exchange exchange, String communityId, Channel channel) {
        exchange.setProperty(PROPERTY, this);
        exchange.setProperty(COMMUNITY, communityId);
        exchange.setProperty(CHANNEL, channel);
    }

    /** The work {@code exchange} was marked with, if it was. */
    public static Optional<Work> of(Exchange exchange) {
        return Optional.ofNullable(exchange.getProperty(PROPERTY, Work.class));
    }
}
