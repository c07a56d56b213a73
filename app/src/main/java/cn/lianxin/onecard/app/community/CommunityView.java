package cn.lianxin.onecard.app.community;

import java.time.Instant;

public record CommunityView(String communityId, String centreId, String name, String address,
                            String propertyCompanyCode, boolean active, Instant createdAt, Instant updatedAt) {

    static CommunityView of(Community community) {
        return new CommunityView(community.getCommunityId(), community.getCentreId(), community.getName(),
                community.getAddress(), community.getPropertyCompanyCode(), community.isActive(),
                community.getCreatedAt(), community.getUpdatedAt());
    }
}
