package cn.lianxin.onecard.app.community;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A property IC-card management centre: the hub above a set of communities. */
@Entity
@Table(name = "property_centre")
public class PropertyCentre extends ArchiveRecord {

    @Id
    @Column(name = "centre_id", length = 8)
    private String centreId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    protected PropertyCentre() {
    }

    public PropertyCentre(String centreId) {
        this.centreId = centreId;
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

    void describe(String name, String address) {
        this.name = name;
        this.address = address;
    }
}
