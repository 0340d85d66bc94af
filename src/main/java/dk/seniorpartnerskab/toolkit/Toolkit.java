package dk.seniorpartnerskab.toolkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.OptimisticLock;

/**
 * A toolkit (værktøj): title, text in Markdown and its files. A draft is seen by staff
 * only; publishing makes it public under {@code /vaerktoejer/<slug>} from its publication
 * date on the page.
 * <p>
 * Files and their versions are metadata only (the bytes live in their own table), and a
 * toolkit has a handful of each, so they are loaded with the toolkit: one extra query per
 * level for any number of toolkits.
 */
@Entity
@Table(name = "toolkit")
public class Toolkit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String slug;

	private String summary;

	private String body = "";

	@Column(name = "sort_order")
	private int sortOrder;

	@Enumerated(EnumType.STRING)
	private ToolkitStatus status = ToolkitStatus.DRAFT;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	// Uploads only add rows (a unique number per file guards races), so they need not
	// conflict with an
	// edit of the text in progress: the files are outside the toolkit's optimistic lock.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@JoinColumn(name = "toolkit_id", nullable = false)
	@OptimisticLock(excluded = true)
	@OrderBy("sortOrder, id")
	private List<ToolkitFile> files = new ArrayList<>();

	@Version
	private long version;

	protected Toolkit() {
	}

	public Toolkit(String title, String slug, String summary) {
		this.title = title;
		this.slug = slug;
		this.summary = summary;
	}

	public void update(String title, String slug, String summary, String body, int sortOrder, LocalDate publishedOn) {
		this.title = title;
		this.slug = slug;
		this.summary = summary;
		this.body = body == null ? "" : body;
		this.sortOrder = sortOrder;
		if (publishedOn != null || status == ToolkitStatus.DRAFT) {
			this.publishedOn = publishedOn;
		}
	}

	/**
	 * Makes the toolkit public; its publication date is today unless staff have set one.
	 */
	public void publish(LocalDate today) {
		if (status == ToolkitStatus.PUBLISHED) {
			throw new IllegalStateException("Toolkit " + id + " is already published");
		}
		status = ToolkitStatus.PUBLISHED;
		if (publishedOn == null) {
			publishedOn = today;
		}
	}

	/** Takes the toolkit off the public pages; its files stay for staff. */
	public void unpublish() {
		if (status != ToolkitStatus.PUBLISHED) {
			throw new IllegalStateException("Toolkit " + id + " is not published");
		}
		status = ToolkitStatus.DRAFT;
	}

	public boolean isPublished() {
		return status == ToolkitStatus.PUBLISHED;
	}

	/**
	 * Adds a file with its first version; the caller stores the bytes once the version
	 * has an id.
	 */
	public ToolkitFile addFile(String fileTitle, ToolkitFileVersion first) {
		var file = new ToolkitFile(fileTitle, files.size() * 10 + 10, first);
		files.add(file);
		return file;
	}

	public Optional<ToolkitFile> file(long fileId) {
		return files.stream().filter(f -> f.getId() != null && f.getId() == fileId).findFirst();
	}

	/** Files that have a version to show, in their order. */
	public List<ToolkitFile> getFiles() {
		return Collections.unmodifiableList(files);
	}

	public long getDownloadCount() {
		return files.stream().mapToLong(ToolkitFile::getDownloadCount).sum();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getSlug() {
		return slug;
	}

	public String getSummary() {
		return summary;
	}

	public String getBody() {
		return body;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public ToolkitStatus getStatus() {
		return status;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public long getVersion() {
		return version;
	}

}
