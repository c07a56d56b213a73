package cn.lianxin.onecard.app.platform;

import cn.lianxin.onecard.processes.task.TaskDeadlines;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The due and follow-up dates of every user task, from {@code onecard.tasks.due.<task>} and
 * {@code onecard.tasks.follow-up.<task>} (ISO-8601 durations; whole days are working days). The
 * BPMN models call the bean {@code ${taskDeadlines.due('review-application')}}.
 */
@Configuration
@EnableConfigurationProperties(TaskDeadlinesConfiguration.Settings.class)
class TaskDeadlinesConfiguration {

    @ConfigurationProperties("onecard.tasks")
    record Settings(Map<String, Duration> due, Map<String, Duration> followUp) {
        Settings {
            due = due == null ? Map.of() : new LinkedHashMap<>(due);
            followUp = followUp == null ? Map.of() : new LinkedHashMap<>(followUp);
        }
    }

    @Bean(TaskDeadlines.BEAN_NAME)
    TaskDeadlines taskDeadlines(Settings settings) {
        return new TaskDeadlines(settings.due(), settings.followUp());
    }
}
