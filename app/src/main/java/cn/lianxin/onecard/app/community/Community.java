package cn.lianxin.onecard.app.community;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A residential community under a property centre, managed by one property company. */
@Entity
@Table(name = "community")
public class Community extends ArchiveRecord {

    @Id
    @Column(name = "community_id", length = 8)
    private String communityId;

    @Column(name = "centre_id", nullable = false, length = 8)
    private String centreId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    @Column(name = "property_company_code", nullable = false)
    private String propertyCompanyCode;

    protected Community() {
    }

    public Community(String communityId) {
        this.communityId = communityId;
    }

    public String getCommunityId() {
        return communityId;
    }

    public String getCentreId() {
        return centreId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPropertyCompanyCode() {
        return propertyCompanyCode;
    }

    void describe(String centreId, String name, String address, String propertyCompanyCode) {
        this.centreId = centreId;
        this.name = name;
        this.address = address;
        this.propertyCompanyCode = propertyCompanyCode;
    }
}
