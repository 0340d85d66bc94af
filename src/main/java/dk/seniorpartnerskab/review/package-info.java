/**
 * Staff review of registrations: the list with filters and exports, the detail page,
 * decisions and the waiting list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package dk.seniorpartnerskab.review;
