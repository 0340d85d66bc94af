package dk.seniorpartnerskab.web;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Danish alphabetical order (Æ, Ø, Å last), whatever the database's collation.
 * <p>
 * A collator per thread, as {@code RuleBasedCollator.compare} is synchronized. Lists are
 * sorted by collation keys, each name's made once: comparing with the collator pair by
 * pair compared each name a dozen times over for 98 municipalities, and took a quarter of
 * the registration form's time in the profile.
 */
public final class DanishOrder {

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal
		.withInitial(() -> Collator.getInstance(Copenhagen.DANISH));

	private DanishOrder() {
	}

	/** The items in the Danish order of their names. */
	public static <T> List<T> sorted(Collection<? extends T> items, Function<? super T, String> name) {
		Collator collator = COLLATOR.get();
		return items.stream()
			.map(item -> new Keyed<T>(collator.getCollationKey(name.apply(item)), null, item))
			.sorted(Comparator.comparing(Keyed<T>::name))
			.map(Keyed::item)
			.toList();
	}

	/**
	 * The items in the Danish order of their names, ties in the order of a second text.
	 */
	public static <T> List<T> sorted(Collection<? extends T> items, Function<? super T, String> name,
			Function<? super T, String> then) {
		Collator collator = COLLATOR.get();
		return items.stream()
			.map(item -> new Keyed<T>(collator.getCollationKey(name.apply(item)),
					collator.getCollationKey(then.apply(item)), item))
			.sorted(Comparator.comparing(Keyed<T>::name).thenComparing(Keyed<T>::then))
			.map(Keyed::item)
			.toList();
	}

	/** An item with its name's key, and the second text's where ties are broken by it. */
	private record Keyed<T>(CollationKey name, CollationKey then, T item) {
	}

}
