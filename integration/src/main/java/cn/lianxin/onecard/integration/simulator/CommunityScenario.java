package cn.lianxin.onecard.integration.simulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one simulated batch is made of.
 *
 * @param centreId          the community's property centre
 * @param communityId       the community
 * @param businessDate      the business date of the batch
 * @param batchSequence     the sequence the centre expects next for the community
 * @param createdAt         when the "terminal" made the file
 * @param terminals         the community's fee terminals (at least one)
 * @param cards             cards as the centre knows them
 * @param bills             open bills of the community's households
 * @param billPayments      how many households pay a bill (each with a card of that household
 *                          holding enough)
 * @param purchases         how many other purchases (parking 02, other service 03, alternately)
 * @param terminalSequence  the first terminal transaction sequence to use
 */
public record CommunityScenario(String centreId, String communityId, LocalDate businessDate, int batchSequence,
        LocalDateTime createdAt, List<SimulatedTerminal> terminals, List<SimulatedCard> cards, List<SimulatedBill> bills,
        int billPayments, int purchases, long terminalSequence) {

    /** Checks what the generator relies on. */
    public CommunityScenario {
        if (terminals == null || terminals.isEmpty()) {
            throw new IllegalArgumentException("community " + communityId + " has no fee terminal to simulate");
        }
        cards = List.copyOf(cards);
        bills = List.copyOf(bills);
        terminals = List.copyOf(terminals);
        if (billPayments < 0 || purchases < 0) {
            throw new IllegalArgumentException("billPayments and purchases must not be negative");
        }
    }
}
