package cn.lianxin.onecard.app.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An authenticated back-office user: the Camunda identity user id, the roles (role groups) and
 * the communities (community groups) the user belongs to.
 */
public record StaffUser(String userId, Set<String> roles, Set<String> communityIds) implements AuthenticatedPrincipal {

    public StaffUser {
        roles = Set.copyOf(roles);
        communityIds = Set.copyOf(communityIds);
    }

    /**
     * The user as their Camunda groups describe them: role groups give roles, groups
     * {@code community-<8 digits>} give communities; other groups mean nothing here.
     */
    public static StaffUser fromGroups(String userId, Collection<String> groupIds) {
        Set<String> roles = new HashSet<>();
        Set<String> communities = new HashSet<>();
        for (String id : groupIds) {
            if (Roles.ALL.contains(id)) {
                roles.add(id);
            } else if (id.startsWith(Roles.COMMUNITY_GROUP_PREFIX)
                    && id.substring(Roles.COMMUNITY_GROUP_PREFIX.length()).matches("\\d{8}")) {
                communities.add(id.substring(Roles.COMMUNITY_GROUP_PREFIX.length()));
            }
        }
        return new StaffUser(userId, roles, communities);
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The communities whose data this user may see: everything, or a fixed set. */
    public CommunityScope communityScope() {
        boolean cityWide = roles.stream().anyMatch(role -> !role.equals(Roles.COMMUNITY_STAFF));
        return cityWide ? CommunityScope.everything() : CommunityScope.only(communityIds);
    }
}
