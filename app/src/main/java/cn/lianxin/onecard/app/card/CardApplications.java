package cn.lianxin.onecard.app.card;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import cn.lianxin.onecard.app.platform.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** Applications for a card, each carried by one CardIssuance process. Plain SQL; callers hold the transaction. */
@Repository
public class CardApplications {

    private final JdbcTemplate jdbc;
    private final DataFieldMaxValueIncrementer ids;

    CardApplications(JdbcTemplate jdbc, Sequences sequences) {
        this.jdbc = jdbc;
        this.ids = sequences.sequence("card_application_seq");
    }

    String nextId() {
        return "APP" + String.format("%010d", ids.nextLongValue());
    }

    void insert(Application application, String actor, Instant now) {
        jdbc.update("insert into card_application (application_id, cardholder_id, household_id, community_id, card_type_code, "
                        + "outlet_id, status, applied_by, applied_at, updated_at) values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?)",
                application.applicationId(), application.cardholderId(), application.householdId(), application.communityId(),
                application.cardTypeCode(), application.outletId(), actor, Timestamp.from(now), Timestamp.from(now));
    }

    Optional<Application> find(String applicationId) {
        return jdbc.query("select * from card_application where application_id = ?", (rs, n) -> new Application(
                rs.getString("application_id"), rs.getLong("cardholder_id"), rs.getString("household_id"),
                rs.getString("community_id"), rs.getString("card_type_code"), rs.getString("outlet_id"),
                rs.getString("status"), rs.getString("card_no"), rs.getString("rejection_stage"),
                rs.getString("rejection_reason")), applicationId).stream().findFirst();
    }

    void personalised(String applicationId, String cardNo, Instant now) {
        jdbc.update("update card_application set status = 'PERSONALISED', card_no = ?, updated_at = ? where application_id = ?",
                cardNo, Timestamp.from(now), applicationId);
    }

    void activated(String applicationId, Instant now) {
        jdbc.update("update card_application set status = 'ACTIVE', updated_at = ? where application_id = ?",
                Timestamp.from(now), applicationId);
    }

    void rejected(String applicationId, String stage, String reason, Instant now) {
        jdbc.update("update card_application set status = 'REJECTED', rejection_stage = ?, rejection_reason = ?, updated_at = ? "
                + "where application_id = ?", stage, reason.length() > 400 ? reason.substring(0, 400) : reason,
                Timestamp.from(now), applicationId);
    }

    /**
     * An application: who applies for which card type for which household; where (the outlet);
     * how far it got.
     */
    public record Application(String applicationId, long cardholderId, String householdId, String communityId,
                              String cardTypeCode, String outletId, String status, String cardNo, String rejectionStage,
                              String rejectionReason) {
    }
}
