package cn.lianxin.onecard.app.community;

import java.time.Instant;

public record PropertyCentreView(String centreId, String name, String address, boolean active,
                                 Instant createdAt, Instant updatedAt) {

    static PropertyCentreView of(PropertyCentre centre) {
        return new PropertyCentreView(centre.getCentreId(), centre.getName(), centre.getAddress(), centre.isActive(),
                centre.getCreatedAt(), centre.getUpdatedAt());
    }
}
