package dk.seniorpartnerskab.web;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link Assets}, {@link Navigation} and {@link Formats} available to every
 * template, error pages and mails included (the 503 page is rendered outside Spring MVC,
 * where bean references do not work), as {@code #assets}, {@code #navigation} and
 * {@code #formats}: {@code th:href="${#assets.url('/css/app.css')}"}. (Bean references
 * are not allowed in URL attributes either.) SpEL compiles an expression that uses one of
 * them to bytecode after its first uses; it cannot compile one with a bean reference
 * ({@code @formats}), which it interprets each time (README: Speed, fix 19).
 */
@Component
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect {

	private final Assets assets;

	private final Navigation navigation;

	private final Formats formats;

	TemplateObjects(Assets assets, MessageSource messages, Formats formats) {
		super("templateObjects");
		this.assets = assets;
		this.formats = formats;
		this.navigation = new Navigation(key -> messages.getMessage(key, null, Copenhagen.DANISH));
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("assets", "navigation", "formats");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return switch (expressionObjectName) {
					case "assets" -> assets;
					case "formats" -> formats;
					default -> navigation;
				};
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
