package dk.seniorpartnerskab.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.web.bind.annotation.GetMapping;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@link ReadOnlyPage} handler is a GET handler of a proxied controller and runs in
 * a read-only transaction: the handlers are package-private, and a transaction annotation
 * that the proxy did not apply would go unnoticed. The seven pages of the speed benchmark
 * are among them.
 */
@IntegrationTest
class ReadOnlyPageTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionAttributeSource transactions;

	@Test
	void everyReadOnlyPageRunsInOneReadOnlyTransaction() {
		List<String> pages = new ArrayList<>();
		for (Object controller : this.context.getBeansWithAnnotation(Controller.class).values()) {
			Class<?> type = AopUtils.getTargetClass(controller);
			for (Method method : type.getDeclaredMethods()) {
				if (!method.isAnnotationPresent(ReadOnlyPage.class)) {
					continue;
				}
				pages.add(type.getSimpleName() + "." + method.getName());
				assertThat(AnnotatedElementUtils.hasAnnotation(method, GetMapping.class)).as(method.toString())
					.isTrue();
				assertThat(AopUtils.isAopProxy(controller)).as(type.getSimpleName()).isTrue();
				TransactionAttribute attribute = this.transactions.getTransactionAttribute(method, type);
				assertThat(attribute).as(method.toString()).isNotNull();
				assertThat(attribute.isReadOnly()).as(method.toString()).isTrue();
			}
		}
		assertThat(pages).contains("RegistrationListController.list", "RegistrationReviewController.detail",
				"NetworkController.board", "MeetingController.list", "MeetingController.show", "MailLogController.list",
				"AuditLogController.list");
	}

}
