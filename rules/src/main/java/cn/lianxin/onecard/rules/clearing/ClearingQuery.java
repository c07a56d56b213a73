package cn.lianxin.onecard.rules.clearing;

import java.util.Objects;

/**
 * One clearing to split between the card company (its service share) and the payee (the property
 * company or utility): what the card company cleared for one payee and contract in one run.
 *
 * @param batchId           the clearing batch
 * @param industryCode      {@code PROPERTY}, {@code WATER}, {@code HEATING}, …
 * @param propertyCompanyId the payee
 * @param contractId        the payee's service contract with the card company, or {@code null}
 * @param clearedFen        the total cleared in this batch, in fen, not negative
 * @param monthlyVolumeFen  the payee's cleared volume this month so far, including this batch: the
 *                          volume tiers compare it
 */
public record ClearingQuery(String batchId, String industryCode, String propertyCompanyId, String contractId,
                            long clearedFen, long monthlyVolumeFen) {

    public ClearingQuery {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(industryCode, "industryCode");
        Objects.requireNonNull(propertyCompanyId, "propertyCompanyId");
        if (clearedFen < 0 || monthlyVolumeFen < 0) {
            throw new IllegalArgumentException("batch " + batchId + ": negative amounts");
        }
        if (monthlyVolumeFen < clearedFen) {
            throw new IllegalArgumentException("batch " + batchId + ": the monthly volume includes this batch, so it"
                    + " cannot be below it");
        }
    }
}
