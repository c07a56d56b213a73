package cn.lianxin.onecard.processes.card;

/**
 * A card application as the {@code CardIssuance} process receives it; checks its own fields.
 *
 * @param applicationId the app's id of the application; becomes the business key
 * @param cardholderId  the cardholder archive id
 * @param householdId   12 digits
 * @param communityId   8 digits; decides which community's staff sign the card off
 * @param outletId      8 digits; the outlet where the holder applied and collects the card
 * @param cardTypeCode  card type archive code
 */
public record CardApplication(String applicationId, long cardholderId, String householdId,
        String communityId, String outletId, String cardTypeCode) {

    public CardApplication {
        CardIds.textId("applicationId", applicationId);
        if (cardholderId <= 0) {
            throw new IllegalArgumentException("cardholderId must be positive, was " + cardholderId);
        }
        CardIds.householdId("householdId", householdId);
        CardIds.eightDigits("communityId", communityId);
        CardIds.eightDigits("outletId", outletId);
        CardIds.textId("cardTypeCode", cardTypeCode);
    }
}
