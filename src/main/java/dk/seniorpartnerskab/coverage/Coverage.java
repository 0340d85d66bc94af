package dk.seniorpartnerskab.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An edition's coverage: every municipality's status, the funnel, and the series behind
 * the charts. Computed by {@link CoverageReport}.
 */
public record Coverage(long editionId, String editionName, List<MunicipalityLine> municipalities,
		Map<FunnelStep, Integer> funnel, List<RegionLine> regions, DailyRegistrations daily, List<MeetingLine> meetings,
		List<MonthLine> downloads) {

	/** One municipality and how far it came. */
	public record MunicipalityLine(int code, String name, int regionCode, String regionName, CoverageStatus status) {
	}

	/** The funnel's steps, each a number of municipalities. */
	public enum FunnelStep {

		INVITED, REGISTERED, APPROVED, IN_NETWORK, ATTENDED_ONE, ATTENDED_ALL

	}

	/** Registered municipalities of a region against all of its municipalities. */
	public record RegionLine(String name, int registered, int municipalities) {

		public double percent() {
			return municipalities == 0 ? 0 : Math.round(1000.0 * registered / municipalities) / 10.0;
		}

	}

	/**
	 * Registrations so far, counted day by day up to the deadline; {@code daysBefore[i]}
	 * is the day (0 = the deadline's day), the counts are cumulative and null where a day
	 * is still ahead or the edition did not reach back so far.
	 */
	public record DailyRegistrations(List<Integer> daysBefore, List<Integer> current, String previousName,
			List<Integer> previous) {
	}

	/** A held meeting: how many people and municipalities attended. */
	public record MeetingLine(String title, LocalDate date, int people, int municipalities) {
	}

	/** Toolkit downloads in a month. */
	public record MonthLine(LocalDate month, long downloads) {
	}

	public long count(CoverageStatus status) {
		return municipalities.stream().filter(m -> m.status() == status).count();
	}

}
