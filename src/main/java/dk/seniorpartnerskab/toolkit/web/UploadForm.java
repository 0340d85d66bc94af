package dk.seniorpartnerskab.toolkit.web;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file upload: a new file (with its title) or a new version of a file (with a change
 * note). Which fields are required depends on which, so the controller checks them.
 */
public class UploadForm {

	@Size(max = 200)
	private String title;

	@Size(max = 500)
	private String changeNote;

	private MultipartFile file;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
