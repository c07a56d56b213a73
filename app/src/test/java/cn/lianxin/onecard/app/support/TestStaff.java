package cn.lianxin.onecard.app.support;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** One user per role for integration tests, created in the test database only. */
public final class TestStaff {

    public static final String PASSWORD = "it-Password-2026";

    public static final String ADMIN = "itadmin";
    public static final String STAFF_101 = "itstaff101";
    public static final String STAFF_102 = "itstaff102";
    public static final String CLERK = "itclerk";
    public static final String FINANCE = "itfinance";
    public static final String AUDITOR = "itauditor";
    public static final String ANALYST = "itanalyst";
    public static final String APPROVER = "itapprover";
    /** Both a rule analyst and a rule approver: may not approve their own change. */
    public static final String ANALYST_APPROVER = "itboth";
    /** Only for wrong-password tests: a failed login locks a Camunda user for a few seconds. */
    public static final String LOCKOUT = "itlockout";

    private TestStaff() {
    }

    public static void ensure(IdentityBootstrap identity) {
        identity.ensureUser(ADMIN, "IT", "Admin", PASSWORD, List.of(Roles.CENTRE_ADMIN, Groups.CAMUNDA_ADMIN));
        identity.ensureUser(STAFF_101, "IT", "Staff 101", PASSWORD,
                List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup("32030101")));
        identity.ensureUser(STAFF_102, "IT", "Staff 102", PASSWORD,
                List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup("32030102")));
        identity.ensureUser(CLERK, "IT", "Clerk", PASSWORD, List.of(Roles.OUTLET_CLERK));
        identity.ensureUser(FINANCE, "IT", "Finance", PASSWORD, List.of(Roles.FINANCE));
        identity.ensureUser(AUDITOR, "IT", "Auditor", PASSWORD, List.of(Roles.AUDITOR));
        identity.ensureUser(ANALYST, "IT", "Analyst", PASSWORD, List.of(Roles.RULE_ANALYST));
        identity.ensureUser(APPROVER, "IT", "Approver", PASSWORD, List.of(Roles.RULE_APPROVER));
        identity.ensureUser(ANALYST_APPROVER, "IT", "Analyst Approver", PASSWORD, List.of(Roles.RULE_ANALYST, Roles.RULE_APPROVER));
        identity.ensureUser(LOCKOUT, "IT", "Lockout", PASSWORD, List.of(Roles.AUDITOR));
    }
}
