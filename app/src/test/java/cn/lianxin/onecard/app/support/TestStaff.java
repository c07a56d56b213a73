package cn.lianxin.onecard.app.support;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** One user per role for integration tests, created in the test database only. */
public final class TestStaff {

    public static final String PASSWORD = "it-Password-2026";

    public static final String ADMIN = "it-admin";
    public static final String STAFF_101 = "it-staff101";
    public static final String CLERK = "it-clerk";
    public static final String FINANCE = "it-finance";
    public static final String AUDITOR = "it-auditor";
    public static final String ANALYST = "it-analyst";

    private TestStaff() {
    }

    public static void ensure(IdentityBootstrap identity) {
        identity.ensureUser(ADMIN, "IT", "Admin", PASSWORD, List.of(Roles.CENTRE_ADMIN, Groups.CAMUNDA_ADMIN));
        identity.ensureUser(STAFF_101, "IT", "Staff 101", PASSWORD,
                List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup("32030101")));
        identity.ensureUser(CLERK, "IT", "Clerk", PASSWORD, List.of(Roles.OUTLET_CLERK));
        identity.ensureUser(FINANCE, "IT", "Finance", PASSWORD, List.of(Roles.FINANCE));
        identity.ensureUser(AUDITOR, "IT", "Auditor", PASSWORD, List.of(Roles.AUDITOR));
        identity.ensureUser(ANALYST, "IT", "Analyst", PASSWORD, List.of(Roles.RULE_ANALYST));
    }
}
