package id.go.kemensos.replika.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Daily jobs (e.g. overdue report reminders) run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
