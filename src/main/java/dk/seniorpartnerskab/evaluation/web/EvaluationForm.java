package dk.seniorpartnerskab.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

import dk.seniorpartnerskab.evaluation.EvaluationQuestion;

/**
 * One person's answers: a rating per rating question and a text per free-text question,
 * keyed by question id. A class with maps, as the questions are the edition's.
 */
public class EvaluationForm {

	static final int MAX_TEXT = 4000;

	private Map<Long, Integer> ratings = new HashMap<>();

	private Map<Long, String> texts = new HashMap<>();

	/** Every rating question needs 1-5; texts are optional and limited. */
	void validate(List<EvaluationQuestion> questions, Errors errors) {
		for (var question : questions) {
			if (question.isRating()) {
				Integer rating = ratings.get(question.getId());
				String field = "ratings[" + question.getId() + "]";
				if (!errors.hasFieldErrors(field) && (rating == null || rating < 1 || rating > 5)) {
					errors.rejectValue(field, "evaluation.rating.required");
				}
			}
			else {
				String text = texts.get(question.getId());
				if (text != null && text.length() > MAX_TEXT) {
					errors.rejectValue("texts[" + question.getId() + "]", "evaluation.text.tooLong",
							new Object[] { MAX_TEXT }, null);
				}
			}
		}
	}

	public Map<Long, Integer> getRatings() {
		return ratings;
	}

	public void setRatings(Map<Long, Integer> ratings) {
		this.ratings = ratings;
	}

	public Map<Long, String> getTexts() {
		return texts;
	}

	public void setTexts(Map<Long, String> texts) {
		this.texts = texts;
	}

}
