package cn.lianxin.onecard.app.card;

import java.time.LocalDate;

/** A card just personalised and sold. */
public record IssuedCard(String cardNo, String uid, long depositFen, LocalDate issuedOn, LocalDate expiresOn,
                         CardStatus status) {
}
