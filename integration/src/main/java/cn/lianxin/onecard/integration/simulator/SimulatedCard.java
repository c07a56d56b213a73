package cn.lianxin.onecard.integration.simulator;

/**
 * A card as the centre knows it (its shadow account): the simulator continues from here.
 *
 * @param householdId the holder's household, null when the card belongs to none
 * @param balanceFen  the wallet balance the centre knows
 * @param counter     the card's transaction counter the centre knows
 */
public record SimulatedCard(String cardNumber, String uid, String householdId, long balanceFen, int counter) {
}
