package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.integration.cardio.CardPresenceEvent;
import org.springframework.stereotype.Component;

/**
 * A card put down on an outlet reader — simulated or real — moves on the one approved
 * application waiting for a card at that outlet (the CardIssuance process's
 * {@code Message_CardPresented}).
 */
@Component
class CardPresenceRouting {

    CardPresenceRouting(CardReaders readers, CardProcessService processes) {
        readers.addPresenceListener((terminalId, event) -> {
            if (event.kind() == CardPresenceEvent.Kind.PRESENTED) {
                processes.onCardPutDown(terminalId);
            }
        });
    }
}
