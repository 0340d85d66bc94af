package dk.seniorpartnerskab.web;

/** A client address or token used up its requests for the minute: the Danish 429 page. */
public class TooManyRequestsException extends RuntimeException {

	public TooManyRequestsException() {
		super("Rate limit exceeded", null, false, false);
	}

}
