package dk.seniorpartnerskab.web;

/**
 * A figure on the admin start page, contributed by a module as a bean of
 * {@link DashboardFigures}: a label's message key, the number, and where it links (e.g.
 * the mail log filtered to failed mail).
 */
public record DashboardFigure(String labelKey, long value, String link, boolean warning, int order) {

}
