package cn.lianxin.onecard.app.cardholder;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who holds cards; belongs to a household once the household is known. */
@Entity
@Table(name = "cardholder")
public class Cardholder extends ArchiveRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "cardholder_id")
    private Long cardholderId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_category", nullable = false)
    private HolderCategory holderCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_type", nullable = false)
    private CertificateType certificateType;

    @Column(name = "certificate_salt", nullable = false, length = 32)
    private String certificateSalt;

    @Column(name = "certificate_hash", nullable = false, length = 64)
    private String certificateHash;

    @Column(name = "certificate_last4", nullable = false)
    private String certificateLast4;

    @Column
    private String phone;

    @Column(name = "household_id", length = 12)
    private String householdId;

    protected Cardholder() {
    }

    public Long getCardholderId() {
        return cardholderId;
    }

    public String getName() {
        return name;
    }

    public HolderCategory getHolderCategory() {
        return holderCategory;
    }

    public CertificateType getCertificateType() {
        return certificateType;
    }

    public String getCertificateLast4() {
        return certificateLast4;
    }

    public String getPhone() {
        return phone;
    }

    public String getHouseholdId() {
        return householdId;
    }

    public CertificateDigest certificate() {
        return new CertificateDigest(certificateSalt, certificateHash, certificateLast4);
    }

    void describe(CardholderRequest request) {
        this.name = request.name();
        this.holderCategory = request.holderCategory();
        this.phone = request.phone();
        this.householdId = request.householdId();
    }

    void certify(CertificateType type, CertificateDigest digest) {
        this.certificateType = type;
        this.certificateSalt = digest.saltHex();
        this.certificateHash = digest.hashHex();
        this.certificateLast4 = digest.last4();
    }
}
