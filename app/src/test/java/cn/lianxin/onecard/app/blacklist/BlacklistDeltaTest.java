package cn.lianxin.onecard.app.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.integration.format.BlacklistEntry;
import cn.lianxin.onecard.integration.format.BlacklistOperation;
import cn.lianxin.onecard.integration.format.BlacklistReason;
import cn.lianxin.onecard.integration.format.DoorPrompt;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlacklistDeltaTest {

    static final ListedCard OVERDUE = card("3203000000000002", "0F1E2D3C", BlacklistReason.PROPERTY_FEE_OVERDUE);
    static final ListedCard LOST = card("3203000000000009", "11223344", BlacklistReason.REPORTED_LOST);
    static final ListedCard FRAUD = card("3203000000000107", "5E6F7A8B", BlacklistReason.SUSPECTED_FRAUD);

    @Test
    void shouldAddEveryCardOfAFullListInCardOrder() {
        assertThat(BlacklistDelta.full(list(LOST, OVERDUE))).containsExactly(OVERDUE.as(BlacklistOperation.ADD),
                LOST.as(BlacklistOperation.ADD));
    }

    @Test
    void shouldAddNewCardsAndDeleteCardsNoLongerListedWithTheLineTheyHad() {
        assertThat(BlacklistDelta.between(list(OVERDUE, LOST), list(LOST, FRAUD))).containsExactly(
                new BlacklistEntry(BlacklistOperation.DELETE, "3203000000000002", "0F1E2D3C",
                        BlacklistReason.PROPERTY_FEE_OVERDUE, DoorPrompt.PAY_PROPERTY_FEE),
                new BlacklistEntry(BlacklistOperation.ADD, "3203000000000107", "5E6F7A8B",
                        BlacklistReason.SUSPECTED_FRAUD, DoorPrompt.NONE));
    }

    @Test
    void shouldReplaceTheLineOfACardWhoseReasonChanged() {
        ListedCard nowLost = card(OVERDUE.cardNo(), OVERDUE.uid(), BlacklistReason.REPORTED_LOST);

        assertThat(BlacklistDelta.between(list(OVERDUE), list(nowLost))).containsExactly(
                OVERDUE.as(BlacklistOperation.DELETE), nowLost.as(BlacklistOperation.ADD));
    }

    @Test
    void shouldWriteNothingWhenTheListDidNotChange() {
        assertThat(BlacklistDelta.between(list(OVERDUE, LOST), list(LOST, OVERDUE))).isEmpty();
        assertThat(BlacklistDelta.full(Map.of())).isEmpty();
    }

    @Test
    void shouldPromptAndRankAsDocumented() {
        assertThat(BlacklistPolicy.promptFor(BlacklistReason.REPORTED_LOST)).isEqualTo(DoorPrompt.CARD_REPORTED_LOST);
        assertThat(BlacklistPolicy.promptFor(BlacklistReason.PROPERTY_FEE_OVERDUE)).isEqualTo(DoorPrompt.PAY_PROPERTY_FEE);
        assertThat(BlacklistPolicy.promptFor(BlacklistReason.CARD_RETURNED)).isEqualTo(DoorPrompt.NONE);
        assertThat(BlacklistPolicy.promptFor(BlacklistReason.SUSPECTED_FRAUD)).isEqualTo(DoorPrompt.NONE);
        assertThat(BlacklistPolicy.everyCommunitySql()).isEqualTo("('01', '03', '04')");
        assertThat(BlacklistPolicy.rankSql("r")).isEqualTo("case r when '01' then 1 when '04' then 2 when '03' then 3 when '02' then 4 end");
        assertThat(BlacklistPolicy.promptSql("r"))
                .isEqualTo("case r when '01' then '02' when '02' then '01' when '03' then '00' when '04' then '00' end");
    }

    private static ListedCard card(String cardNo, String uid, BlacklistReason reason) {
        return new ListedCard(cardNo, uid, reason, BlacklistPolicy.promptFor(reason));
    }

    private static Map<String, ListedCard> list(ListedCard... cards) {
        Map<String, ListedCard> list = new LinkedHashMap<>();
        for (ListedCard card : cards) {
            list.put(card.cardNo(), card);
        }
        return list;
    }
}
