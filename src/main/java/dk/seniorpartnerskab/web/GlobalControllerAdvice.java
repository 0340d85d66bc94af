package dk.seniorpartnerskab.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Binding rules for every form: surrounding blanks trimmed, blank fields bound as
 * {@code null}; the Danish 429 page for a rate limit. Every page also gets
 * {@code currentPath}, which the layout's navigation uses to mark the current page.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	/** A rate limit was reached ({@link RateLimited}): the Danish 429 page. */
	@ExceptionHandler(TooManyRequestsException.class)
	String tooManyRequests(HttpServletResponse response) {
		response.setStatus(429);
		return "error/429";
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
