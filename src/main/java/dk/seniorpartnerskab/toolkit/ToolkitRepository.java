package dk.seniorpartnerskab.toolkit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** The toolkits, with their files and version metadata (never the bytes). */
public interface ToolkitRepository extends JpaRepository<Toolkit, Long> {

	List<Toolkit> findAllByOrderBySortOrderAscTitleAsc();

	List<Toolkit> findByStatusOrderBySortOrderAscTitleAsc(ToolkitStatus status);

	Optional<Toolkit> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * A toolkit the public may see: a draft is not found, exactly as if it did not exist.
	 */
	default Optional<Toolkit> findPublished(String slug) {
		return findBySlug(slug).filter(Toolkit::isPublished);
	}

	default List<Toolkit> findPublished() {
		return findByStatusOrderBySortOrderAscTitleAsc(ToolkitStatus.PUBLISHED);
	}

	/**
	 * Counts one download in the database itself, so concurrent downloads never lose a
	 * count.
	 */
	@Transactional
	@Modifying
	@Query(value = "update toolkit_file_version set download_count = download_count + 1 where id = :versionId",
			nativeQuery = true)
	int countDownload(long versionId);

	/** Counts one download in its month (Copenhagen time), as one statement. */
	@Transactional
	@Modifying
	@Query(value = """
			insert into toolkit_download_month (month, downloads)
			values (cast(date_trunc('month', now() at time zone 'Europe/Copenhagen') as date), 1)
			on conflict (month) do update set downloads = toolkit_download_month.downloads + 1""", nativeQuery = true)
	int countDownloadInMonth();

	/** Downloads per month, oldest first: the first day of the month and the count. */
	@Query(value = "select month, downloads from toolkit_download_month order by month", nativeQuery = true)
	List<Object[]> downloadsPerMonth();

	@Query(value = "select coalesce(sum(download_count), 0) from toolkit_file_version", nativeQuery = true)
	long totalDownloads();

}
