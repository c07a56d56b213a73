package cn.lianxin.onecard.app.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps Camunda identity in the shape the back office needs: one group per role, one per
 * community, the authorizations each role has in the webapps and the engine, and the shared
 * Tasklist filters. Every method is idempotent; it runs at every start.
 */
@Service
public class IdentityBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    static final String FILTER_MY_TASKS = "我的任务 My tasks";
    static final String FILTER_MY_GROUP_TASKS = "我组的任务 My groups' tasks";
    static final String FILTER_MY_COMMUNITY_TASKS = "本社区任务 My community's tasks";
    static final String FILTER_DUE_SOON = "即将到期 Due soon";
    static final String FILTER_OVERDUE = "已逾期 Overdue";

    private static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.CENTRE_ADMIN, "Centre administrators",
            Roles.OUTLET_CLERK, "Outlet clerks",
            Roles.COMMUNITY_STAFF, "Community staff",
            Roles.FINANCE, "Finance",
            Roles.RULE_ANALYST, "Rule analysts",
            Roles.RULE_APPROVER, "Rule approvers",
            Roles.AUDITOR, "Auditors");

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
                             FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** Role groups, their authorizations and the shared filters. */
    public void ensureRolesAndFilters() {
        for (String role : Roles.ALL) {
            ensureGroup(role, ROLE_NAMES.get(role), Groups.GROUP_TYPE_WORKFLOW);
            grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            revoke(role, Resources.FILTER, ANY);
        }
        // Centre administrators may do everything, as Camunda's own camunda-admin group.
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        for (Resource resource : Resources.values()) {
            grant(Roles.CENTRE_ADMIN, resource, ANY, Permissions.ALL);
        }
        // Auditors read every process and its history in Cockpit, and change nothing.
        grant(Roles.AUDITOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.AUDITOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
        grant(Roles.AUDITOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Roles.AUDITOR, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Roles.FINANCE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Tasklist shows a task's process diagram and form to those who work on it
        grant(Roles.OUTLET_CLERK, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.COMMUNITY_STAFF, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.FINANCE, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.RULE_APPROVER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.RULE_ANALYST, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        for (TasklistFilters.Spec spec : TasklistFilters.specs(taskService)) {
            String filterId = ensureFilter(spec);
            for (String role : spec.roles()) {
                grant(role, Resources.FILTER, filterId, Permissions.READ);
            }
        }
    }

    /** The group whose members are the staff of one community. */
    public void ensureCommunityGroup(String communityId, String communityName) {
        ensureGroup(Roles.communityGroup(communityId), communityName, Roles.COMMUNITY_GROUP_TYPE);
        grant(Roles.communityGroup(communityId), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }

    /** Creates the user unless it exists; returns true when it was created. */
    public boolean ensureUser(String userId, String firstName, String lastName, String password, List<String> groups) {
        boolean created = false;
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(userId + "@onecard.invalid");
            user.setPassword(password);
            identityService.saveUser(user);
            created = true;
            log.info("Created back-office user {} in groups {}", userId, groups);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
                identityService.createMembership(userId, group);
            }
        }
        return created;
    }

    public boolean anyMemberOf(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).count() > 0;
    }

    private void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (present) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /** Creates the filter, or brings one of its name (or its former name) up to date; returns its id. */
    private String ensureFilter(TasklistFilters.Spec spec) {
        Filter filter = filterService.createFilterQuery().filterName(spec.name()).singleResult();
        if (filter == null && spec.formerName() != null) {
            filter = filterService.createFilterQuery().filterName(spec.formerName()).singleResult();
        }
        if (filter == null) {
            filter = filterService.newTaskFilter(spec.name());
        }
        filter.setName(spec.name());
        filter.setQuery(spec.query());
        filter.setProperties(spec.properties());
        return filterService.saveFilter(filter).getId();
    }

    private void revoke(String groupId, Resource resource, String resourceId) {
        authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .list().forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }
}
