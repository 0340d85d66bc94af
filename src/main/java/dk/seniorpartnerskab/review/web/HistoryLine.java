package dk.seniorpartnerskab.review.web;

import java.time.Instant;

/**
 * One line of a registration's history as staff see it: codes in Danish, networks by
 * name.
 */
public record HistoryLine(Instant at, String actor, String action, String detail) {
}
