package cn.lianxin.onecard.app.demo;

import cn.lianxin.onecard.app.security.IdentityBootstrap;
import cn.lianxin.onecard.app.security.InitialAdminAccount;
import cn.lianxin.onecard.app.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role, all with the password {@value InitialAdminAccount#DEMO_PASSWORD}.
 * Only the embedded default creates them; the production profile refuses demo passwords.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "onecard.demo.users", havingValue = "true")
public class DemoUsers implements ApplicationRunner {

    /** user id, first name, last name, groups */
    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "中心", "管理员", List.of(Roles.CENTRE_ADMIN, Groups.CAMUNDA_ADMIN)),
            new DemoUser("clerk", "网点", "营业员", List.of(Roles.OUTLET_CLERK)),
            new DemoUser("staff101", "彭城花园", "物业员", List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup("32030101"))),
            new DemoUser("staff102", "云龙湖畔", "物业员", List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup("32030102"))),
            new DemoUser("staff103", "汉风苑", "物业员", List.of(Roles.COMMUNITY_STAFF, Roles.communityGroup("32030103"))),
            new DemoUser("finance", "财务", "结算员", List.of(Roles.FINANCE)),
            new DemoUser("analyst", "业务", "分析员", List.of(Roles.RULE_ANALYST)),
            new DemoUser("approver", "规则", "审批员", List.of(Roles.RULE_APPROVER)),
            new DemoUser("auditor", "审计", "员", List.of(Roles.AUDITOR)));

    private final IdentityBootstrap identity;

    public DemoUsers(IdentityBootstrap identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser user : USERS) {
            identity.ensureUser(user.userId(), user.firstName(), user.lastName(), InitialAdminAccount.DEMO_PASSWORD,
                    user.groups());
        }
    }

    public record DemoUser(String userId, String firstName, String lastName, List<String> groups) {
    }
}
