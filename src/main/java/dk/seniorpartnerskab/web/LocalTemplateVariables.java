package dk.seniorpartnerskab.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.ILazyContextVariable;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.IWebExchange;

import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Keeps a page's template variables in memory instead of in the servlet request.
 * <p>
 * Thymeleaf's own web context stores every variable a template sets ({@code th:each},
 * {@code th:with}, fragment parameters) as a request attribute and reads every variable
 * back from the request, so each {@code ${row.name}} on a table row walked the request
 * wrappers of the whole filter chain down to Tomcat, and each row set and removed its
 * attributes the same way: the largest single cost of rendering a long staff page in the
 * profile. Here the model and the template's own variables live in Thymeleaf's in-memory
 * context; a name that is not among them is still looked up in the request (the CSRF
 * token, for one), and {@code param}, {@code session} and {@code application} mean what
 * they mean in Thymeleaf's web context. Nothing outside the template read its variables
 * from the request.
 * <p>
 * A page's expressions read properties through {@link RestrictedPropertyReads}.
 */
final class LocalTemplateVariables implements IEngineContextFactory {

	@Override
	public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
			Map<String, Object> templateResolutionAttributes, IContext context) {
		Set<String> names = context.getVariableNames();
		Map<String, Object> variables = new LinkedHashMap<>(names.size() + 1, 1.0f);
		for (String name : names) {
			variables.put(name, context.getVariable(name));
		}
		if (variables.get(
				ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME) instanceof StandardEvaluationContext evaluation) {
			RestrictedPropertyReads.install(evaluation);
		}
		if (context instanceof IWebContext web) {
			return new WebPageContext(configuration, templateData, templateResolutionAttributes, web.getExchange(),
					context.getLocale(), variables);
		}
		return new EngineContext(configuration, templateData, templateResolutionAttributes, context.getLocale(),
				variables);
	}

	/** Thymeleaf's in-memory context, with the request behind it. */
	static final class WebPageContext extends EngineContext implements IWebContext {

		private static final Set<String> WEB_NAMES = Set.of("param", "session", "application");

		private final IEngineConfiguration configuration;

		private final TemplateData templateData;

		private final Map<String, Object> templateResolutionAttributes;

		private final IWebExchange exchange;

		/**
		 * Thymeleaf's web context, made only for {@code param}, {@code session} or
		 * {@code application}.
		 */
		private WebEngineContext web;

		WebPageContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IWebExchange exchange, Locale locale,
				Map<String, Object> variables) {
			super(configuration, templateData, templateResolutionAttributes, locale, variables);
			this.configuration = configuration;
			this.templateData = templateData;
			this.templateResolutionAttributes = templateResolutionAttributes;
			this.exchange = exchange;
		}

		@Override
		public IWebExchange getExchange() {
			return this.exchange;
		}

		@Override
		public boolean containsVariable(String name) {
			return super.containsVariable(name) || WEB_NAMES.contains(name) || this.exchange.containsAttribute(name);
		}

		@Override
		public Object getVariable(String name) {
			Object value = super.getVariable(name);
			if (value != null || super.containsVariable(name)) {
				return value;
			}
			if (WEB_NAMES.contains(name)) {
				return web().getVariable(name);
			}
			Object attribute = this.exchange.getAttributeValue(name);
			return (attribute instanceof ILazyContextVariable<?> lazy) ? lazy.getValue() : attribute;
		}

		@Override
		public Set<String> getVariableNames() {
			Set<String> names = new LinkedHashSet<>(this.exchange.getAllAttributeNames());
			names.addAll(super.getVariableNames());
			return names;
		}

		private WebEngineContext web() {
			if (this.web == null) {
				this.web = new WebEngineContext(this.configuration, this.templateData,
						this.templateResolutionAttributes, this.exchange, getLocale(), Map.of());
			}
			return this.web;
		}

	}

}
