package cn.lianxin.onecard.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters and the roles that see each, named in Chinese and English (a filter
 * has one name whatever the browser's language). The queries are evaluated for the user who
 * opens them ({@code currentUser()}, {@code currentUserGroups()}) at that moment ({@code now()}),
 * so "due soon" and "overdue" follow the tasks' due dates ({@code onecard.tasks.due.*}).
 */
final class TasklistFilters {

    /** A filter; {@code formerName} is the name an earlier release gave it, renamed at start. */
    record Spec(String name, String formerName, int priority, String description, String colour,
                TaskQuery query, List<String> roles) {

        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("priority", priority);
            properties.put("description", description);
            properties.put("color", colour);
            properties.put("refresh", true);
            return properties;
        }
    }

    private static final String ME = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final String NOW = "${now()}";
    private static final String IN_ONE_DAY = "${dateTime().plusDays(1).toDate()}";

    private TasklistFilters() {
    }

    static List<Spec> specs(TaskService tasks) {
        List<String> everyone = Roles.ALL;
        List<String> notCommunity = Roles.ALL.stream().filter(role -> !Roles.COMMUNITY_STAFF.equals(role)).toList();
        return List.of(
                new Spec(IdentityBootstrap.FILTER_MY_TASKS, "My tasks", -10,
                        "分配给我的任务 Tasks assigned to me", "#3c7ab3",
                        tasks.createTaskQuery().taskAssigneeExpression(ME), everyone),
                new Spec(IdentityBootstrap.FILTER_MY_COMMUNITY_TASKS, null, -8,
                        "本社区（我所属小区）的任务，含已认领的 Tasks of my communities, claimed or not", "#2e8b57",
                        tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks(),
                        List.of(Roles.COMMUNITY_STAFF)),
                new Spec(IdentityBootstrap.FILTER_MY_GROUP_TASKS, "My groups' tasks", -5,
                        "我所在组尚未认领的任务 Unassigned tasks of my groups", "#555555",
                        tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).taskUnassigned(), notCommunity),
                new Spec(IdentityBootstrap.FILTER_DUE_SOON, null, 0,
                        "24 小时内到期的我的及我组的任务 Mine and my groups' tasks due within 24 hours", "#e69500",
                        mineOrMyGroups(tasks).dueAfterExpression(NOW).dueBeforeExpression(IN_ONE_DAY), everyone),
                new Spec(IdentityBootstrap.FILTER_OVERDUE, null, 5,
                        "已过到期时间的我的及我组的任务 Mine and my groups' tasks past their due date", "#c0392b",
                        mineOrMyGroups(tasks).dueBeforeExpression(NOW), everyone));
    }

    private static TaskQuery mineOrMyGroups(TaskService tasks) {
        return tasks.createTaskQuery().or()
                .taskAssigneeExpression(ME)
                .taskCandidateGroupInExpression(MY_GROUPS)
                .endOr();
    }
}
