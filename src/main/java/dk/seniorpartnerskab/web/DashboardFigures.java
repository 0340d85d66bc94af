package dk.seniorpartnerskab.web;

import java.util.List;

/** Implemented by modules that show figures on the admin start page. */
public interface DashboardFigures {

	List<DashboardFigure> figures();

}
