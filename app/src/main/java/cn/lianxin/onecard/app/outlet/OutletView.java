package cn.lianxin.onecard.app.outlet;

import java.time.Instant;

public record OutletView(String outletId, String name, String address, boolean active, Instant createdAt,
                         Instant updatedAt) {

    static OutletView of(Outlet outlet) {
        return new OutletView(outlet.getOutletId(), outlet.getName(), outlet.getAddress(), outlet.isActive(),
                outlet.getCreatedAt(), outlet.getUpdatedAt());
    }
}
