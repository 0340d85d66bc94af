package dk.seniorpartnerskab.municipality;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only access to the municipalities and regions. */
public interface MunicipalityRepository extends Repository<Municipality, Integer> {

	/** Danish alphabetical order (Æ, Ø, Å last), whatever the database's collation. */
	Comparator<Municipality> DANISH_ORDER = Comparator.comparing(Municipality::getName,
			Collator.getInstance(Locale.forLanguageTag("da-DK")));

	@Query("select m from Municipality m join fetch m.region")
	List<Municipality> findAllWithRegion();

	default List<Municipality> findAllInDanishOrder() {
		return findAllWithRegion().stream().sorted(DANISH_ORDER).toList();
	}

	Optional<Municipality> findByCode(Integer code);

	@Query("select r from Region r order by r.code")
	List<Region> findAllRegions();

	long count();

}
