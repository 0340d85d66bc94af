package dk.seniorpartnerskab.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.CompilablePropertyAccessor;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Reads a property of an object in a template expression ({@code ${row.name}}) the way
 * Thymeleaf's own restricted accessor does, but decides each type and name once.
 * <p>
 * Thymeleaf's evaluation context reads properties through an accessor that refuses
 * members of blocked types (the JDK's, the servlet API's) and checks that on every read,
 * walking its sets of blocked types with streams. SpEL keeps the accessor it last used
 * for an expression only if that accessor is in the context's list, and the one it keeps
 * for a reflective read is made anew for each read, so each {@code ${row.name}} that
 * cannot be compiled (the type or its accessor not public) looked up the getter, checked
 * the restriction and made a new accessor on every row: 39 % of the rendering time of a
 * table of texts in the profile (README: Speed, fix 17).
 * <p>
 * Here Thymeleaf's accessor still makes every decision; its answer for a type and a
 * property name is kept (a refusal is not: it is thrown again each time). SpEL keeps this
 * accessor for an expression, so later reads go straight to {@link #read}, which asks the
 * kept answer for the type actually read. Where the reflective read could be compiled to
 * bytecode, that accessor is handed to SpEL as before.
 */
final class RestrictedPropertyReads extends ReflectivePropertyAccessor {

	static final RestrictedPropertyReads INSTANCE = new RestrictedPropertyReads();

	private static final ClassValue<Map<String, Boolean>> READABLE = new ClassValue<>() {
		@Override
		protected Map<String, Boolean> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	/** Thymeleaf's restricted accessor, which decides. */
	private volatile PropertyAccessor restricted;

	private RestrictedPropertyReads() {
		super(false);
	}

	/**
	 * Puts this accessor in the place of Thymeleaf's restricted one in a page's
	 * evaluation context.
	 */
	static void install(StandardEvaluationContext context) {
		var accessors = new ArrayList<>(context.getPropertyAccessors());
		for (int i = 0; i < accessors.size(); i++) {
			PropertyAccessor accessor = accessors.get(i);
			if (accessor instanceof ReflectivePropertyAccessor && accessor != INSTANCE) {
				if (INSTANCE.restricted == null) {
					INSTANCE.restricted = accessor;
				}
				accessors.set(i, INSTANCE);
				context.setPropertyAccessors(accessors);
				return;
			}
		}
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
		if (target == null || target instanceof Class<?>) {
			return this.restricted.canRead(context, target, name);
		}
		Map<String, Boolean> byName = READABLE.get(target.getClass());
		Boolean readable = byName.get(name);
		if (readable == null) {
			// Throws for a forbidden member; that is not kept.
			readable = this.restricted.canRead(context, target, name);
			byName.put(name, readable);
		}
		return readable;
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		if (!canRead(context, target, name)) {
			throw new AccessException("Unable to read property '" + name + "'");
		}
		return super.read(context, target, name);
	}

	@Override
	public PropertyAccessor createOptimalAccessor(EvaluationContext context, Object target, String name) {
		PropertyAccessor optimal = super.createOptimalAccessor(context, target, name);
		return (optimal instanceof CompilablePropertyAccessor compilable && compilable.isCompilable()) ? optimal : this;
	}

}
