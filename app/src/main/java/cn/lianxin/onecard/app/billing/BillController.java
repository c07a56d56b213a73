package cn.lianxin.onecard.app.billing;

import cn.lianxin.onecard.app.security.CurrentStaff;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Bills", description = "What the households of a community owe per period (read only until monthly billing)")
@RestController
class BillController {

    private final JdbcTemplate jdbc;
    private final CurrentStaff staff;

    BillController(JdbcTemplate jdbc, CurrentStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** The community's bills of {@code period} (yyyyMM), optionally only those of one status (OPEN, PAID, CANCELLED). */
    @GetMapping("/api/communities/{communityId}/bills")
    @PreAuthorize("hasAnyRole('centre-admin', 'community-staff')")
    List<BillView> bills(@PathVariable String communityId, @RequestParam String period,
                         @RequestParam(required = false) String status) {
        staff.requireCommunity(communityId);
        return jdbc.query("select household_id, billing_period, bill_kind, amount_fen, paid_fen, due_date, status from bill "
                        + "where community_id = ? and billing_period = ? and (cast(? as varchar(16)) is null or status = ?) "
                        + "order by household_id, bill_kind",
                (rs, i) -> new BillView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7)),
                communityId, period, status, status);
    }
}
