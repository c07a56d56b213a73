package cn.lianxin.onecard.app.party;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resource party (资源方): an industry that takes card payments — the bus company, a property
 * company, another service — and with whom the centre clears and settles.
 */
@Entity
@Table(name = "resource_party")
public class ResourceParty extends ArchiveRecord {

    @Id
    @Column(name = "party_code", length = 16)
    private String partyCode;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "contact_phone")
    private String contactPhone;

    protected ResourceParty() {
    }

    public ResourceParty(String partyCode) {
        this.partyCode = partyCode;
    }

    public String getPartyCode() {
        return partyCode;
    }

    public String getName() {
        return name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    void describe(ResourcePartyRequest request) {
        this.name = request.name();
        this.industry = request.industry();
        this.contactPerson = request.contactPerson();
        this.contactPhone = request.contactPhone();
    }
}
