package cn.lianxin.onecard.app.card;

import java.util.List;

/**
 * What a tap showed: the card's wallet, the shadow account next to it, anything the records do
 * not explain, and whether a torn wallet was repaired.
 */
public record TapResult(String cardNo, String uid, CardStatus status, long balanceFen, int cardCounter,
                        long shadowBalanceFen, int shadowCounter, List<String> findings, String repair) {
}
