package cn.lianxin.onecard.app.card;

import cn.lianxin.onecard.app.security.CurrentStaff;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Cards")
@RestController
class CommunityCardController {

    private final JdbcTemplate jdbc;
    private final CurrentStaff staff;

    CommunityCardController(JdbcTemplate jdbc, CurrentStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /**
     * The cards of the community's households (their holder's household, or signed off there),
     * with their shadow accounts: what a community terminal may expect to see.
     */
    @GetMapping("/api/communities/{communityId}/cards")
    @PreAuthorize("hasAnyRole('centre-admin', 'community-staff')")
    List<CommunityCardView> cards(@PathVariable String communityId) {
        staff.requireCommunity(communityId);
        return jdbc.query("select c.card_no, c.uid, coalesce(s.household_id, h.household_id), c.status, a.balance_fen, "
                        + "a.card_counter from card c join shadow_account a on a.card_no = c.card_no "
                        + "left join cardholder ch on ch.cardholder_id = c.cardholder_id "
                        + "left join household h on h.household_id = ch.household_id and h.community_id = ? "
                        + "left join community_signoff s on s.card_no = c.card_no and s.community_id = ? "
                        + "where h.household_id is not null or s.household_id is not null order by c.card_no",
                (rs, i) -> new CommunityCardView(rs.getString(1), rs.getString(2), rs.getString(3),
                        CardStatus.valueOf(rs.getString(4)), rs.getLong(5), rs.getInt(6)),
                communityId, communityId);
    }
}
