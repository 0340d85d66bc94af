/**
 * Evaluation after each development day: questions per edition, the mail to those who
 * came (once, one reminder), anonymous answers, results and quotes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "edition", "mail", "municipality", "network", "privacy", "scheduling", "web" })
package dk.seniorpartnerskab.evaluation;
