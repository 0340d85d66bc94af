package dk.seniorpartnerskab.toolkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A file of a toolkit, e.g. "Håndbogen (PDF)", with all its versions. The newest version
 * is the current one, the one the public downloads; older versions stay for staff.
 */
@Entity
@Table(name = "toolkit_file")
public class ToolkitFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Column(name = "sort_order")
	private int sortOrder;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "file_id", nullable = false)
	@OrderBy("number desc")
	private List<ToolkitFileVersion> versions = new ArrayList<>();

	protected ToolkitFile() {
	}

	ToolkitFile(String title, int sortOrder, ToolkitFileVersion first) {
		this.title = title;
		this.sortOrder = sortOrder;
		first.numberAs(1);
		versions.add(first);
	}

	/**
	 * Adds a version that becomes the current one; the caller stores the bytes once it
	 * has an id.
	 */
	public ToolkitFileVersion addVersion(ToolkitFileVersion next) {
		next.numberAs(current().getNumber() + 1);
		versions.add(0, next);
		return next;
	}

	public ToolkitFileVersion current() {
		return versions.get(0);
	}

	public Optional<ToolkitFileVersion> version(int number) {
		return versions.stream().filter(v -> v.getNumber() == number).findFirst();
	}

	/** All versions, newest first. */
	public List<ToolkitFileVersion> getVersions() {
		return Collections.unmodifiableList(versions);
	}

	public long getDownloadCount() {
		return versions.stream().mapToLong(ToolkitFileVersion::getDownloadCount).sum();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public int getSortOrder() {
		return sortOrder;
	}

}
