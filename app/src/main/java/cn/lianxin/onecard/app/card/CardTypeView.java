package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.cardholder.HolderCategory;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

public record CardTypeView(String cardTypeCode, String name, long depositFen, int validityMonths,
                           Set<HolderCategory> holderCategories, boolean active, Instant createdAt, Instant updatedAt) {

    static CardTypeView of(CardType type) {
        return new CardTypeView(type.getCardTypeCode(), type.getName(), type.getDepositFen(), type.getValidityMonths(),
                new TreeSet<>(type.getHolderCategories()), type.isActive(), type.getCreatedAt(), type.getUpdatedAt());
    }
}
