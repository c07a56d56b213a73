package cn.lianxin.onecard.integration.format;

/**
 * One {@code BLE1} line of a blacklist: add a card to, or delete it from, the community's list.
 *
 * @param operation  add or delete
 * @param cardNumber 16 digits
 * @param uid        8 upper-case hex
 * @param reason     why the card is listed
 * @param doorPrompt what the door access system says to the card
 */
public record BlacklistEntry(BlacklistOperation operation, String cardNumber, String uid, BlacklistReason reason,
        DoorPrompt doorPrompt) {

    /** Checks the components. */
    public BlacklistEntry {
        Ascii.requireNonNull("operation", operation);
        Ascii.requireDigits("cardNumber", cardNumber, 16);
        Ascii.requireUpperHex("uid", uid, 8);
        Ascii.requireNonNull("reason", reason);
        Ascii.requireNonNull("doorPrompt", doorPrompt);
    }
}
