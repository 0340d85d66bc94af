package dk.seniorpartnerskab.municipality;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import dk.seniorpartnerskab.web.Copenhagen;

/** Read-only access to the municipalities and regions. */
public interface MunicipalityRepository extends Repository<Municipality, Integer> {

	/**
	 * Danish alphabetical order (Æ, Ø, Å last), whatever the database's collation; a
	 * collator per thread, as {@code RuleBasedCollator.compare} is synchronized.
	 */
	ThreadLocal<Collator> DANISH_COLLATOR = ThreadLocal.withInitial(() -> Collator.getInstance(Copenhagen.DANISH));

	Comparator<Municipality> DANISH_ORDER = (a, b) -> DANISH_COLLATOR.get().compare(a.getName(), b.getName());

	@Query("select m from Municipality m join fetch m.region")
	List<Municipality> findAllWithRegion();

	default List<Municipality> findAllInDanishOrder() {
		return findAllWithRegion().stream().sorted(DANISH_ORDER).toList();
	}

	Optional<Municipality> findByCode(Integer code);

	/**
	 * Every municipality's name by its code: the one lookup for lists that show names.
	 */
	default Map<Integer, String> namesByCode() {
		var names = new HashMap<Integer, String>();
		findAllWithRegion().forEach(m -> names.put(m.getCode(), m.getName()));
		return names;
	}

	/** A municipality's name, or its code where the code is unknown. */
	default String nameOf(int code) {
		return findByCode(code).map(Municipality::getName).orElse(String.valueOf(code));
	}

	@Query("select r from Region r order by r.code")
	List<Region> findAllRegions();

	long count();

}
