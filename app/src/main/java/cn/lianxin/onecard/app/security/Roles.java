package cn.lianxin.onecard.app.security;

import java.util.List;

/**
 * The back office's roles. Each is a Camunda identity group of the same id, so one set of users
 * and groups serves our REST API, the engine REST API and the Camunda webapps.
 */
public final class Roles {

    public static final String CENTRE_ADMIN = "centre-admin";
    public static final String OUTLET_CLERK = "outlet-clerk";
    public static final String COMMUNITY_STAFF = "community-staff";
    public static final String FINANCE = "finance";
    public static final String RULE_ANALYST = "rule-analyst";
    public static final String RULE_APPROVER = "rule-approver";
    public static final String AUDITOR = "auditor";

    public static final List<String> ALL =
            List.of(CENTRE_ADMIN, OUTLET_CLERK, COMMUNITY_STAFF, FINANCE, RULE_ANALYST, RULE_APPROVER, AUDITOR);

    /**
     * Community staff are also members of one group per community they work for; membership in
     * {@code community-32030101} is what lets them see community 32030101's data and tasks.
     */
    public static final String COMMUNITY_GROUP_PREFIX = "community-";

    /** Group type of the per-community groups in Camunda identity. */
    public static final String COMMUNITY_GROUP_TYPE = "COMMUNITY";

    public static String communityGroup(String communityId) {
        return COMMUNITY_GROUP_PREFIX + communityId;
    }

    private Roles() {
    }
}
