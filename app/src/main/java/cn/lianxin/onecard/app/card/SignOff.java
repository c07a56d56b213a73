package cn.lianxin.onecard.app.card;

import java.time.LocalDate;

/** A community sign-off (签发): the card is legal and unique for this household in this community. */
public record SignOff(String communityId, String householdId, LocalDate signedOn, String signedBy, String place) {
}
