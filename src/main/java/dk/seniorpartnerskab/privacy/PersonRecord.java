package dk.seniorpartnerskab.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the modules keep about one person, found by e-mail: the items in the order
 * the holders gave them, the names they were found under, and the names of the editions
 * the items belong to.
 */
public record PersonRecord(String email, Set<String> names, List<PersonalDataItem> items,
		Map<Long, String> editionNames, Instant compiledAt) {

	public PersonRecord {
		names = Set.copyOf(names);
		items = List.copyOf(items);
		editionNames = Map.copyOf(editionNames);
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	public Person person() {
		return new Person(email, names);
	}

	/** The edition's name, or {@code null} for items outside any edition. */
	public String editionName(Long editionId) {
		return editionId == null ? null : editionNames.getOrDefault(editionId, "#" + editionId);
	}

	/**
	 * How many items of each kind, e.g. {@code registration.participant=2}: what the
	 * audit log keeps instead of the values.
	 */
	public String countsByKind() {
		var counts = new TreeMap<String, Integer>();
		items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
		return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
	}

}
