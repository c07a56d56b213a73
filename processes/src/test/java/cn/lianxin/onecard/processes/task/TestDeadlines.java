package cn.lianxin.onecard.processes.task;

import java.time.Duration;
import java.util.Map;

/** The deadlines the process tests run with: those application.yml ships. */
public final class TestDeadlines {

    private TestDeadlines() {
    }

    public static TaskDeadlines create() {
        return new TaskDeadlines(
                Map.of("review-application", Duration.ofDays(1),
                        "community-sign-off", Duration.ofDays(3),
                        "approve-rule-change", Duration.ofDays(2)),
                Map.of("community-sign-off", Duration.ofDays(1)));
    }
}
