package cn.lianxin.onecard.processes.task;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The due and follow-up dates of the staff's user tasks, from configured durations, so that every
 * task in Tasklist says by when it is to be done. The BPMN models call it as the bean
 * {@value #BEAN_NAME}: {@code camunda:dueDate="${taskDeadlines.due('review-application')}"}.
 *
 * <p>A duration of whole days counts <b>working days</b>, Monday to Friday in Asia/Shanghai, at the
 * time of day the task was created (a task created on Friday at 16:00 and due in one working day is
 * due on Monday at 16:00; one created on Saturday counts from Monday); a duration with hours or
 * minutes counts clock time. Public holidays are not modelled. "Now" is the engine's clock, so
 * moving the engine clock in a test moves the deadlines with it.
 */
public final class TaskDeadlines {

    public static final String BEAN_NAME = "taskDeadlines";

    /** Where the working days are counted. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<String, Duration> due;
    private final Map<String, Duration> followUp;

    public TaskDeadlines(Map<String, Duration> due, Map<String, Duration> followUp) {
        this.due = Map.copyOf(due);
        this.followUp = Map.copyOf(followUp);
        followUp.keySet().forEach(this::dueDuration);
    }

    /** When a task of this kind created now is due. */
    public Date due(String task) {
        return Date.from(after(dueDuration(task)).toInstant());
    }

    /** When a task of this kind created now should be followed up, or null when it has no follow-up. */
    public Date followUp(String task) {
        Duration duration = followUp.get(dueKnown(task));
        return duration == null ? null : Date.from(after(duration).toInstant());
    }

    private Duration dueDuration(String task) {
        return due.get(dueKnown(task));
    }

    private String dueKnown(String task) {
        if (!due.containsKey(Objects.requireNonNull(task, "task"))) {
            throw new IllegalArgumentException("No due date configured for task '" + task
                    + "' (onecard.tasks.due." + task + "); known: " + due.keySet());
        }
        return task;
    }

    private static ZonedDateTime after(Duration duration) {
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ZONE);
        if (!duration.isZero() && duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
            return plusWorkingDays(now, duration.toDays());
        }
        return now.plus(duration);
    }

    /**
     * {@code days} working days after {@code from}, at the same time of day: a start on a weekend
     * counts from the next Monday at that time.
     */
    static ZonedDateTime plusWorkingDays(ZonedDateTime from, long days) {
        ZonedDateTime at = from;
        while (weekend(at)) {
            at = at.plusDays(1);
        }
        for (long left = days; left > 0; ) {
            at = at.plusDays(1);
            if (!weekend(at)) {
                left--;
            }
        }
        return at;
    }

    private static boolean weekend(ZonedDateTime at) {
        return at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
