package cn.lianxin.onecard.app.security;

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
