package dk.seniorpartnerskab.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address people can actually be reached at: a name, an {@code @} and a domain
 * with a dot ({@code navn@kommune.dk}; {@code navn@htk} is refused), at most 254
 * characters. The one rule for every form that takes an address; blank passes (pair it
 * with {@code @NotBlank} where the address is required). The Danish message is the code
 * {@code EmailAddress} in {@code messages/common.properties}.
 */
@Email(regexp = EmailAddress.REGEXP)
@Size(max = 254)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	/**
	 * The rule as a regular expression, for code that checks addresses outside a form
	 * (imports).
	 */
	String REGEXP = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

	String message() default "{dk.seniorpartnerskab.web.EmailAddress.message}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
