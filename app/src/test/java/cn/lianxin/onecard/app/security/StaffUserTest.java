package cn.lianxin.onecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffUserTest {

    @Test
    void shouldLimitCommunityStaffToTheirOwnCommunities() {
        StaffUser staff = new StaffUser("staff101", Set.of(Roles.COMMUNITY_STAFF), Set.of("32030101"));

        CommunityScope scope = staff.communityScope();

        assertThat(scope.unrestricted()).isFalse();
        assertThat(scope.includes("32030101")).isTrue();
        assertThat(scope.includes("32030102")).isFalse();
        assertThat(scope.includes(null)).isFalse();
    }

    @Test
    void shouldLetEveryOtherRoleWorkCityWide() {
        for (String role : Roles.ALL) {
            if (!role.equals(Roles.COMMUNITY_STAFF)) {
                StaffUser user = new StaffUser("u", Set.of(role, Roles.COMMUNITY_STAFF), Set.of());
                assertThat(user.communityScope().includes("32030199")).as(role).isTrue();
            }
        }
    }

    @Test
    void shouldSeeNothingWhenCommunityStaffBelongToNoCommunity() {
        StaffUser staff = new StaffUser("new-staff", Set.of(Roles.COMMUNITY_STAFF), Set.of());

        assertThat(staff.communityScope().includes("32030101")).isFalse();
    }

    @Test
    void shouldReadRolesAndCommunitiesFromCamundaGroups() {
        StaffUser user = StaffUser.fromGroups("staff101",
                List.of("community-staff", "community-32030101", "community-3203", "camunda-admin", "rule-analyst"));

        assertThat(user.roles()).containsExactlyInAnyOrder(Roles.COMMUNITY_STAFF, Roles.RULE_ANALYST);
        assertThat(user.communityIds()).containsExactly("32030101");
    }
}
