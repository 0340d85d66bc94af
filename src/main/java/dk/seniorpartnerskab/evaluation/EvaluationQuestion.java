package dk.seniorpartnerskab.evaluation;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One question of an edition's evaluation, in its place in the order. */
@Entity
@Table(name = "evaluation_question")
public class EvaluationQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "edition_id")
	private long editionId;

	private int position;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private String text;

	@Version
	private long version;

	protected EvaluationQuestion() {
	}

	EvaluationQuestion(long editionId, int position, QuestionKind kind, String text) {
		this.editionId = editionId;
		this.position = position;
		this.kind = Objects.requireNonNull(kind);
		this.text = Objects.requireNonNull(text);
	}

	void changeText(String newText) {
		this.text = Objects.requireNonNull(newText);
	}

	public Long getId() {
		return id;
	}

	public long getEditionId() {
		return editionId;
	}

	public int getPosition() {
		return position;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public boolean isRating() {
		return kind == QuestionKind.RATING;
	}

	public String getText() {
		return text;
	}

	public long getVersion() {
		return version;
	}

}
