package dk.seniorpartnerskab.municipality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import dk.seniorpartnerskab.web.DanishOrder;

/** Read-only access to the municipalities and regions. */
public interface MunicipalityRepository extends Repository<Municipality, Integer> {

	@Query("select m from Municipality m join fetch m.region")
	List<Municipality> findAllWithRegion();

	/** Danish alphabetical order (Æ, Ø, Å last), whatever the database's collation. */
	default List<Municipality> findAllInDanishOrder() {
		return DanishOrder.sorted(findAllWithRegion(), Municipality::getName);
	}

	Optional<Municipality> findByCode(Integer code);

	/** Every municipality's code and name. */
	List<MunicipalityName> findNamesBy();

	/**
	 * Every municipality's code and name in Danish alphabetical order, for pick lists.
	 */
	default List<MunicipalityName> namesInDanishOrder() {
		return DanishOrder.sorted(findNamesBy(), MunicipalityName::name);
	}

	/**
	 * Every municipality's name by its code: the one lookup for lists that show names.
	 */
	default Map<Integer, String> namesByCode() {
		var names = new HashMap<Integer, String>();
		findNamesBy().forEach(m -> names.put(m.code(), m.name()));
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
