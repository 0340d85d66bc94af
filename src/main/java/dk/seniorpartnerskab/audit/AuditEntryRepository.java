package dk.seniorpartnerskab.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.Query;

/** Read access to the audit log; entries are written only through {@link AuditLog}. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	AuditEntry save(AuditEntry entry);

	Page<AuditEntry> findAll(Specification<AuditEntry> specification, Pageable pageable);

	List<AuditEntry> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);

	List<AuditEntry> findByActionOrderByIdAsc(String action);

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> findAllActions();

	@Query("select distinct e.targetType from AuditEntry e order by e.targetType")
	List<String> findAllTargetTypes();

}
