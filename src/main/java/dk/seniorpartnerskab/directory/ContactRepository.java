package dk.seniorpartnerskab.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The directory's contacts. */
public interface ContactRepository extends JpaRepository<Contact, Long> {

	@Query("select c from Contact c where c.municipalityCode = :code order by c.role, lower(c.name), c.id")
	List<Contact> findByMunicipality(int code);

	@Query("select c from Contact c order by c.municipalityCode, c.role, lower(c.name), c.id")
	List<Contact> findAllInOrder();

	@Query("select c from Contact c where c.municipalityCode = :code and lower(c.email) = lower(:email)")
	Optional<Contact> findByMunicipalityAndEmail(int code, String email);

	@Query("select c from Contact c where lower(c.email) = lower(:email)")
	List<Contact> findByEmail(String email);

}
