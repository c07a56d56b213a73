package cn.lianxin.onecard.app.card;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, cards past their expiry date become EXPIRED (one set-based statement). */
@Component
class CardExpiry {

    private static final Logger log = LoggerFactory.getLogger(CardExpiry.class);

    private final CardOperations operations;

    CardExpiry(CardOperations operations) {
        this.operations = operations;
    }

    @Scheduled(cron = "${onecard.cards.expiry-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void expireCards() {
        int expired = operations.expireCards();
        if (expired > 0) {
            log.info("{} cards expired", expired);
        }
    }
}
