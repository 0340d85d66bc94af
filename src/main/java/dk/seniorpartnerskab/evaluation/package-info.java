/**
 * Evaluation after each development day: questions per edition, the mail to those who
 * came (once, one reminder), anonymous answers, results and quotes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package dk.seniorpartnerskab.evaluation;
