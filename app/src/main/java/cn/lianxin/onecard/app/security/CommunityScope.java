package cn.lianxin.onecard.app.security;

import java.util.Set;

/**
 * Which communities' data a caller may see and change. Community staff are limited to their own
 * communities; every other role works city-wide. Queries apply the scope in SQL, so data outside
 * it is never loaded, not merely hidden.
 */
public record CommunityScope(boolean unrestricted, Set<String> communityIds) {

    public CommunityScope {
        communityIds = Set.copyOf(communityIds);
    }

    public static CommunityScope everything() {
        return new CommunityScope(true, Set.of());
    }

    public static CommunityScope only(Set<String> communityIds) {
        return new CommunityScope(false, communityIds);
    }

    public boolean includes(String communityId) {
        return unrestricted || (communityId != null && communityIds.contains(communityId));
    }
}
