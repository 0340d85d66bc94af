package dk.seniorpartnerskab.web;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page numbers from the address bar are untrusted: a negative number is the first page,
 * one beyond the end is the last page, and none overflows the query's offset. Never a
 * 500.
 */
public final class Pages {

	/** Far beyond any list here, and small enough that page × size fits the offset. */
	static final int MAX_PAGE = 1_000_000;

	private Pages() {
	}

	/** A 0-based page number made safe to query. */
	public static int safe(int requested) {
		return Math.min(Math.max(requested, 0), MAX_PAGE);
	}

	/** The last page's 0-based number for this many rows (0 when there are none). */
	public static int last(long total, int size) {
		return total == 0 ? 0 : (int) Math.min((total - 1) / size, MAX_PAGE);
	}

	/**
	 * Runs the query for the requested 0-based page; when that lies beyond the end, for
	 * the last page instead.
	 */
	public static <T> Page<T> within(int requested, int size, Sort sort, Function<PageRequest, Page<T>> query) {
		var page = query.apply(PageRequest.of(safe(requested), size, sort));
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			return query.apply(PageRequest.of(last(page.getTotalElements(), size), size, sort));
		}
		return page;
	}

}
