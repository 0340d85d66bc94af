package dk.seniorpartnerskab.web;

import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link Assets} and {@link Navigation} available to every template, error pages
 * included (the 503 page is rendered outside Spring MVC, where bean references do not
 * work), as {@code #assets} and {@code #navigation}:
 * {@code th:href="${#assets.url('/css/app.css')}"}. (Bean references are not allowed in
 * URL attributes either.)
 */
@Component
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect {

	private final Assets assets;

	private final Navigation navigation;

	TemplateObjects(Assets assets, MessageSource messages) {
		super("templateObjects");
		this.assets = assets;
		this.navigation = new Navigation(key -> messages.getMessage(key, null, Copenhagen.DANISH));
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("assets", "navigation");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return "assets".equals(expressionObjectName) ? assets : navigation;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
