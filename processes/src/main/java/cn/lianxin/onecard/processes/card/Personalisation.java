package cn.lianxin.onecard.processes.card;

/**
 * The answer of {@link CardIssuancePort#personaliseCard}: either the card number written onto the
 * card, or why this card cannot be used.
 */
public record Personalisation(String cardNumber, String refusalReason) {

    public Personalisation {
        if ((cardNumber == null) == (refusalReason == null || refusalReason.isBlank())) {
            throw new IllegalArgumentException("exactly one of card number and refusal reason");
        }
        if (cardNumber != null) {
            CardIds.cardNumber("cardNumber", cardNumber);
        }
    }

    public static Personalisation personalised(String cardNumber) {
        return new Personalisation(cardNumber, null);
    }

    public static Personalisation refused(String reason) {
        return new Personalisation(null, reason);
    }

    public boolean isPersonalised() {
        return cardNumber != null;
    }
}
