package cn.lianxin.onecard.app.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the back office's own scheduled jobs (the month's timers live in BPMN). */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {
}
