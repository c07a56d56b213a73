package cn.lianxin.onecard.app.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The authenticated back-office user of the current request. */
@Component
public class CurrentStaff {

    public StaffUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
            throw new AccessDeniedException("No authenticated back-office user");
        }
        return user;
    }

    public CommunityScope scope() {
        return user().communityScope();
    }

    /** Refuses a change to data of a community outside the caller's scope. */
    public void requireCommunity(String communityId) {
        if (!scope().includes(communityId)) {
            throw new AccessDeniedException("User " + user().userId() + " may not change data of community " + communityId);
        }
    }
}
