package dk.seniorpartnerskab.mail;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The plain-text alternative of every mail: {@code templates/mail/<name>.txt} in
 * Thymeleaf's TEXT mode (the HTML part uses the application's template engine).
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine textEngine;

	MailTemplates(ApplicationContext applicationContext, MessageSource messageSource) {
		var resolver = new SpringResourceTemplateResolver();
		resolver.setApplicationContext(applicationContext);
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.textEngine = new SpringTemplateEngine();
		this.textEngine.setTemplateResolver(resolver);
		this.textEngine.setTemplateEngineMessageSource(messageSource);
	}

	TemplateEngine textEngine() {
		return textEngine;
	}

}
