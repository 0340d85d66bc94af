/**
 * Scheduling: development days, digital meetings and webinars (meetings), calendar
 * invitations, answers, reminders, attendance, the course plan and printable lists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling",
		allowedDependencies = { "edition", "mail", "municipality", "network", "privacy", "registration", "web" })
package dk.seniorpartnerskab.scheduling;
