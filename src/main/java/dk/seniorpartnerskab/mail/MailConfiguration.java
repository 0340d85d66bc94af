package dk.seniorpartnerskab.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@link MailDispatcher} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

}
