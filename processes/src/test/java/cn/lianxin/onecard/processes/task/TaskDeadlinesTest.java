package cn.lianxin.onecard.processes.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {

    private final TaskDeadlines deadlines = new TaskDeadlines(
            Map.of("review-application", Duration.ofDays(1), "community-sign-off", Duration.ofDays(3),
                    "urgent", Duration.ofHours(4)),
            Map.of("community-sign-off", Duration.ofDays(1)));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "created {0}, {1}: due {2}")
    @CsvSource({
            // Tuesday → Wednesday, same time
            "2026-11-24T10:00+08:00[Asia/Shanghai], review-application, 2026-11-25T10:00+08:00[Asia/Shanghai]",
            // Friday afternoon → Monday afternoon
            "2026-11-27T16:00+08:00[Asia/Shanghai], review-application, 2026-11-30T16:00+08:00[Asia/Shanghai]",
            // Saturday counts from Monday: one working day later is Tuesday
            "2026-11-28T09:30+08:00[Asia/Shanghai], review-application, 2026-12-01T09:30+08:00[Asia/Shanghai]",
            // three working days from Thursday: Tuesday
            "2026-11-26T11:00+08:00[Asia/Shanghai], community-sign-off, 2026-12-01T11:00+08:00[Asia/Shanghai]",
            // hours are clock hours, weekend or not
            "2026-11-28T22:00+08:00[Asia/Shanghai], urgent, 2026-11-29T02:00+08:00[Asia/Shanghai]",
    })
    void shouldCountWholeDaysAsWorkingDaysInShanghaiAndHoursAsClockTime(ZonedDateTime created, String task,
                                                                     ZonedDateTime due) {
        ClockUtil.setCurrentTime(Date.from(created.toInstant()));

        assertThat(deadlines.due(task)).isEqualTo(Date.from(due.toInstant()));
    }

    @Test
    void shouldFollowUpOnlyTasksWithAFollowUpDuration() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-11-24T10:00+08:00[Asia/Shanghai]").toInstant()));

        assertThat(deadlines.followUp("community-sign-off"))
                .isEqualTo(Date.from(ZonedDateTime.parse("2026-11-25T10:00+08:00[Asia/Shanghai]").toInstant()));
        assertThat(deadlines.followUp("review-application")).isNull();
    }

    @Test
    void shouldRefuseATaskWithoutADeadlineNamingTheSetting() {
        assertThatThrownBy(() -> deadlines.due("sign-off"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onecard.tasks.due.sign-off");
        assertThatThrownBy(() -> new TaskDeadlines(Map.of(), Map.of("sign-off", Duration.ofDays(1))))
                .hasMessageContaining("onecard.tasks.due.sign-off");
    }
}
