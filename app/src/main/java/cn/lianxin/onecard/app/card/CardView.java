package cn.lianxin.onecard.app.card;

import java.time.LocalDate;
import java.util.List;

/** A card as staff see it: status, deposit, shadow account (with money waiting to be loaded), blacklist, sign-offs and open flags. */
public record CardView(String cardNo, String uid, String cardTypeCode, Long cardholderId, CardStatus status,
                       long depositFen, LocalDate issuedOn, LocalDate expiresOn, String replacedBy,
                       long shadowBalanceFen, int shadowCounter, long pendingLoadFen, List<String> blacklistReasons, List<SignOff> signOffs,
                       List<CardFlag> openFlags) {
}
