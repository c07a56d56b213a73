package cn.lianxin.onecard.processes.card;

import java.util.Optional;

/**
 * What the {@code CardLossAndReplacement} process asks of the application. Same contract as
 * {@link CardIssuancePort}: runs in the engine's transaction, idempotent per lost card, technical
 * failures thrown with a message in words, business answers returned.
 */
public interface CardLossPort {

    /**
     * Puts the card on the blacklist at once ({@code reasonCode} of interfaces.md §4, here always
     * {@code 01} reported lost), so every community's next blacklist delta refuses it. Runs in the
     * transaction that starts the process: if it fails, the loss report fails as a whole.
     */
    void blacklistCard(String cardNumber, String reasonCode);

    /** The card issued to replace {@code lostCardNumber}, if one has been issued yet. */
    Optional<String> findReplacementCard(String lostCardNumber);

    /**
     * Moves what the lost card's shadow account holds — after the cooling period, so late
     * offline transactions of the lost card are already counted — to the replacement card, and
     * closes the lost card's shadow account. Must be idempotent: a second call for the same lost
     * card answers the first transfer again.
     */
    BalanceTransfer transferBalance(String lostCardNumber, String replacementCardNumber);
}
