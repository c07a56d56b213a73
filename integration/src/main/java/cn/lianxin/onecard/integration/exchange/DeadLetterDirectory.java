package cn.lianxin.onecard.integration.exchange;

import org.springframework.stereotype.Component;

/**
 * The dead-letter directory ({@code onecard.exchange.dead-letter-dir}, default
 * {@code <directory>/dead-letter}): downloads that could not be delivered and confirmations that
 * could not be recorded, each as {@code <name>} with {@code <name>.reason} beside it. Also where
 * a file lands whose route failed before it said what work it was.
 */
@Component
public class DeadLetterDirectory implements DeadLetterArea {

    private final ExchangeProperties properties;

    public DeadLetterDirectory(ExchangeProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean keeps(Work work) {
        return work == Work.DOWNLOAD || work == Work.CONFIRMATION;
    }

    @Override
    public String keep(FailedFile file) {
        return KeptFiles.keep(properties.getDeadLetterDir(), file.fileName(), file.bytes(), file.reason()).toString();
    }
}
