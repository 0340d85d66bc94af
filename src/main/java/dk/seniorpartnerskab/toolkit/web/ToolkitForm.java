package dk.seniorpartnerskab.toolkit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.seniorpartnerskab.toolkit.Toolkit;

/**
 * The toolkit's texts and order; a mutable form so one bad value keeps everything else
 * typed.
 */
public class ToolkitForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	private String slug;

	@NotBlank
	@Size(max = 1000)
	private String summary;

	@Size(max = 50000)
	private String body;

	@NotNull
	@Min(0)
	@Max(9999)
	private Integer sortOrder = 100;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	private Long version;

	static ToolkitForm of(Toolkit toolkit) {
		var form = new ToolkitForm();
		form.title = toolkit.getTitle();
		form.slug = toolkit.getSlug();
		form.summary = toolkit.getSummary();
		form.body = toolkit.getBody();
		form.sortOrder = toolkit.getSortOrder();
		form.publishedOn = toolkit.getPublishedOn();
		form.version = toolkit.getVersion();
		return form;
	}

	Toolkit toNewToolkit() {
		var toolkit = new Toolkit(title, slug, summary);
		applyTo(toolkit);
		return toolkit;
	}

	void applyTo(Toolkit toolkit) {
		toolkit.update(title, slug, summary, body, sortOrder, publishedOn);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
