package dk.seniorpartnerskab.web;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Template expressions read properties through {@link RestrictedPropertyReads} as a page
 * does (the engine set up as the app's, with {@link LocalTemplateVariables}): the values
 * are right row after row, past the point where SpEL compiles an expression, and a member
 * Thymeleaf forbids stays forbidden, also where the same expression read an allowed type
 * before.
 */
class RestrictedPropertyReadsTest {

	/** Not public: SpEL cannot compile a read of it, so every read is interpreted. */
	record Hidden(String name) {
	}

	/** Public: SpEL compiles reads of it after their first uses. */
	public record Shown(String name) {
	}

	private static final String TABLE = "<p th:each=\"row : ${rows}\" th:text=\"${row.name}\">x</p>";

	private SpringTemplateEngine engine;

	private StaticApplicationContext application;

	@BeforeEach
	void engine() {
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(new StringTemplateResolver());
		this.engine.setEnableSpringELCompiler(true);
		this.engine.setEngineContextFactory(new LocalTemplateVariables());
		this.application = new StaticApplicationContext();
		this.application.refresh();
	}

	private String render(List<?> rows) {
		var context = new Context();
		context.setVariables(
				Map.of("rows", rows, ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
						new ThymeleafEvaluationContext(this.application, null)));
		return this.engine.process(TABLE, context);
	}

	@Test
	void rowsReadTheirOwnValuesPageAfterPage() {
		for (int page = 0; page < 3; page++) {
			int first = page * 200;
			var hidden = IntStream.range(first, first + 200).mapToObj(i -> new Hidden("Kommune " + i)).toList();
			var shown = IntStream.range(first, first + 200).mapToObj(i -> new Shown("Kommune " + i)).toList();
			assertThat(render(hidden)).contains("<p>Kommune " + first + "</p>", "<p>Kommune " + (first + 199) + "</p>");
			assertThat(render(shown)).contains("<p>Kommune " + first + "</p>", "<p>Kommune " + (first + 199) + "</p>");
		}
		var mixed = List.of(new Hidden("Aabenraa"), new Shown("Aalborg"), new Hidden("Aarhus"));
		assertThat(render(mixed)).isEqualTo("<p>Aabenraa</p><p>Aalborg</p><p>Aarhus</p>");
	}

	@Test
	void aMemberOfAJdkTypeStaysForbiddenAfterAllowedReadsOfTheSameExpression() {
		for (Object allowed : List.of(new Hidden("Aabenraa"), new Shown("Aabenraa"))) {
			List<Object> rows = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				rows.add(allowed);
			}
			render(rows);
			rows.add(new File("/etc/passwd"));
			assertThatThrownBy(() -> render(rows)).as(allowed.getClass().getSimpleName())
				.isInstanceOf(TemplateProcessingException.class)
				.hasStackTraceContaining("forbidden");
			// And again, now that the answer for the allowed type is kept.
			assertThatThrownBy(() -> render(List.of(new File("/etc/passwd"))))
				.isInstanceOf(TemplateProcessingException.class)
				.hasStackTraceContaining("forbidden");
		}
	}

}
