package cn.lianxin.onecard.app.cardholder;

import java.time.Instant;

/** A cardholder as the API shows it: the certificate number only by its last four characters. */
public record CardholderView(Long cardholderId, String name, HolderCategory holderCategory,
                             CertificateType certificateType, String certificateLast4, String phone,
                             String householdId, boolean active, Instant createdAt, Instant updatedAt) {

    static CardholderView of(Cardholder holder) {
        return new CardholderView(holder.getCardholderId(), holder.getName(), holder.getHolderCategory(),
                holder.getCertificateType(), holder.getCertificateLast4(), holder.getPhone(), holder.getHouseholdId(),
                holder.isActive(), holder.getCreatedAt(), holder.getUpdatedAt());
    }
}
