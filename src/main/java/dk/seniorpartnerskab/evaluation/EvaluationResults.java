package dk.seniorpartnerskab.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of one meeting's or a network's evaluations: how many were asked and
 * answered, and per question either the ratings (average and how many gave each of 1-5)
 * or the free-text answers.
 */
public record EvaluationResults(int sent, int answered, List<QuestionResult> questions) {

	/** One stored answer, without any identity beyond the municipality. */
	public record Answer(long id, long questionId, Integer rating, String text, boolean quote, int municipalityCode,
			long meetingId) {
	}

	/** A question's results. {@code counts[r - 1]} is how many rated it r. */
	public record QuestionResult(EvaluationQuestion question, int[] counts, List<Answer> texts) {

		public int ratings() {
			int total = 0;
			for (int c : counts) {
				total += c;
			}
			return total;
		}

		/** The average rating, or null without ratings. */
		public Double average() {
			int total = ratings();
			if (total == 0) {
				return null;
			}
			double sum = 0;
			for (int r = 1; r <= 5; r++) {
				sum += r * counts[r - 1];
			}
			return sum / total;
		}

		/** The share of ratings that gave {@code rating}, in whole per cent. */
		public int percent(int rating) {
			int total = ratings();
			return total == 0 ? 0 : Math.round(100f * counts[rating - 1] / total);
		}

	}

	/** Answered as a whole per cent of those asked. */
	public int responseRate() {
		return sent == 0 ? 0 : Math.round(100f * answered / sent);
	}

	static EvaluationResults of(List<EvaluationQuestion> questions, int sent, int answered, List<Answer> answers) {
		var results = new ArrayList<QuestionResult>();
		for (var question : questions) {
			int[] counts = new int[5];
			var texts = new ArrayList<Answer>();
			for (var answer : answers) {
				if (answer.questionId() != question.getId()) {
					continue;
				}
				if (answer.rating() != null) {
					counts[answer.rating() - 1]++;
				}
				else if (answer.text() != null) {
					texts.add(answer);
				}
			}
			results.add(new QuestionResult(question, counts, texts));
		}
		return new EvaluationResults(sent, answered, results);
	}

}
