package dk.seniorpartnerskab.web;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dk.seniorpartnerskab.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST a visitor can make without signing in (everything outside {@code /admin}) is
 * rate limited: none can be used to write rows or send mail without bound.
 */
@IntegrationTest
class PublicPostsTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyPublicPostIsRateLimited() {
		var publicPosts = new ArrayList<String>();
		var unlimited = new ArrayList<String>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			boolean post = info.getMethodsCondition().getMethods().contains(RequestMethod.POST);
			boolean staffOnly = info.getPatternValues().stream().allMatch(p -> p.startsWith("/admin"));
			if (post && !staffOnly) {
				String name = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
				publicPosts.add(name);
				if (!method.hasMethodAnnotation(RateLimited.class)) {
					unlimited.add(name + " " + info.getPatternValues());
				}
			}
		});
		assertThat(publicPosts).as("the public POSTs found")
			.contains("RegistrationController.submit", "RegistrationController.addParticipant",
					"InvitationController.substitute", "UnsubscribeController.unsubscribe");
		assertThat(unlimited).as("public POSTs without @RateLimited").isEmpty();
	}

}
