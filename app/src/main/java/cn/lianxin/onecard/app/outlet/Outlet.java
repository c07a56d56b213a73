package cn.lianxin.onecard.app.outlet;

import cn.lianxin.onecard.app.archive.ArchiveRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recharge outlet of the card company: sells cards, recharges, takes loss reports and returns. */
@Entity
@Table(name = "outlet")
public class Outlet extends ArchiveRecord {

    @Id
    @Column(name = "outlet_id", length = 8)
    private String outletId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    protected Outlet() {
    }

    Outlet(String outletId) {
        this.outletId = outletId;
    }

    public String getOutletId() {
        return outletId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    void describe(OutletRequest request) {
        this.name = request.name();
        this.address = request.address();
    }
}
