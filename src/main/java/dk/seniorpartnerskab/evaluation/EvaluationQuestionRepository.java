package dk.seniorpartnerskab.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The evaluation questions of all editions. */
public interface EvaluationQuestionRepository extends JpaRepository<EvaluationQuestion, Long> {

	List<EvaluationQuestion> findByEditionIdOrderByPosition(long editionId);

}
