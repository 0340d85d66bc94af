package dk.seniorpartnerskab.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The edit forms' optimistic lock: a form posts the version it was loaded at (a hidden
 * {@code version}), and a change is refused when that is missing or no longer the current
 * one, with the exception the controllers catch to show the conflict.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * Throws {@link ObjectOptimisticLockingFailureException} for {@code type} {@code id}
	 * unless {@code posted} is {@code current}.
	 */
	public static void require(Long posted, long current, Class<?> type, Object id) {
		if (posted == null || posted != current) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
