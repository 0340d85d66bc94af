package dk.seniorpartnerskab.evaluation;

/** A rating from 1 to 5, or a free-text answer. */
public enum QuestionKind {

	RATING, TEXT

}
