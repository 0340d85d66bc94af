package dk.seniorpartnerskab.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes {@link Assets} available to every template, error pages included, as
 * {@code #assets}: {@code th:href="${#assets.url('/css/app.css')}"}. (Bean references are
 * not allowed in URL attributes.)
 */
@Component
class AssetsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Assets assets;

	AssetsDialect(Assets assets) {
		super("assets");
		this.assets = assets;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("assets");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return assets;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
