package dk.seniorpartnerskab.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches in the embedded default; see {@link EmbeddedDefault}. */
public class EmbeddedDefaultCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return EmbeddedDefault.isActive(context.getEnvironment());
	}

}
