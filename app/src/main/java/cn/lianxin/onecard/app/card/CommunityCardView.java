package cn.lianxin.onecard.app.card;

/** A card used in a community, with the wallet the centre's shadow account knows. */
public record CommunityCardView(String cardNo, String uid, String householdId, CardStatus status, long shadowBalanceFen,
                                int shadowCounter) {
}
