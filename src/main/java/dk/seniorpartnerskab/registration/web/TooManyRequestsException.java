package dk.seniorpartnerskab.registration.web;

/** A client address used up its requests for the minute. */
class TooManyRequestsException extends RuntimeException {

	TooManyRequestsException() {
		super("Rate limit exceeded");
	}

}
