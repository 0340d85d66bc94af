package dk.seniorpartnerskab.toolkit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;
import dk.seniorpartnerskab.audit.AuditTarget;
import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.FileType;
import dk.seniorpartnerskab.web.UploadedFile;
import dk.seniorpartnerskab.web.Versions;

/**
 * Toolkit changes that span rows or need a transaction: optimistic edits, publishing, and
 * uploads, whose metadata and bytes are written in one transaction. Every staff change is
 * recorded in the audit log.
 */
@Service
public class ToolkitManagement {

	/** Toolkit files: any of the office and PDF types, up to 25 MB. */
	public static final UploadedFile.Rules FILE_RULES = new UploadedFile.Rules(EnumSet.allOf(FileType.class),
			25L * 1024 * 1024);

	private static final Logger log = LoggerFactory.getLogger(ToolkitManagement.class);

	private final ToolkitRepository toolkits;

	private final ToolkitFileContents contents;

	private final AuditLog auditLog;

	private final Clock clock;

	ToolkitManagement(ToolkitRepository toolkits, ToolkitFileContents contents, AuditLog auditLog, Clock clock) {
		this.toolkits = toolkits;
		this.contents = contents;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	public Toolkit create(Toolkit toolkit, String actor) {
		var saved = toolkits.saveAndFlush(toolkit);
		auditLog.record(actor, "toolkit.created", target(saved), null, saved.getTitle());
		return saved;
	}

	/**
	 * Applies a change made on a form loaded at {@code expectedVersion}; refuses when
	 * someone else saved in between, so nothing is overwritten silently.
	 */
	@Transactional
	public Toolkit update(long id, Long expectedVersion, Consumer<Toolkit> change, String actor) {
		var toolkit = toolkit(id);
		Versions.require(expectedVersion, toolkit.getVersion(), Toolkit.class, id);
		String before = toolkit.getTitle() + " (/" + toolkit.getSlug() + ")";
		change.accept(toolkit);
		auditLog.record(actor, "toolkit.updated", target(toolkit), before,
				toolkit.getTitle() + " (/" + toolkit.getSlug() + ")");
		return toolkits.saveAndFlush(toolkit);
	}

	@Transactional
	public Toolkit publish(long id, String actor) {
		var toolkit = toolkit(id);
		toolkit.publish(today());
		log.info("Toolkit {} published", id);
		auditLog.record(actor, "toolkit.published", target(toolkit), ToolkitStatus.DRAFT.name(),
				ToolkitStatus.PUBLISHED.name());
		return toolkits.saveAndFlush(toolkit);
	}

	@Transactional
	public Toolkit unpublish(long id, String actor) {
		var toolkit = toolkit(id);
		toolkit.unpublish();
		log.info("Toolkit {} unpublished", id);
		auditLog.record(actor, "toolkit.unpublished", target(toolkit), ToolkitStatus.PUBLISHED.name(),
				ToolkitStatus.DRAFT.name());
		return toolkits.saveAndFlush(toolkit);
	}

	/** Adds a new file to a toolkit, with the upload as its first version. */
	@Transactional
	public ToolkitFile addFile(long toolkitId, String title, UploadedFile upload, String changeNote, String actor) {
		var toolkit = toolkit(toolkitId);
		var version = newVersion(upload, changeNote, actor);
		var file = toolkit.addFile(title, version);
		// The toolkit is managed: flushing persists the new rows in place (save would
		// merge copies).
		toolkits.flush();
		contents.store(version.getId(), upload.content());
		log.info("Toolkit {}: file {} added as version {}", toolkitId, file.getId(), version.getId());
		auditLog.record(actor, "toolkit.fileAdded", target(toolkit), null, title + ": " + upload.fileName());
		return file;
	}

	/**
	 * Adds a version that replaces the file's current one on the public page; older ones
	 * stay for staff.
	 */
	@Transactional
	public ToolkitFileVersion addVersion(long toolkitId, long fileId, UploadedFile upload, String changeNote,
			String actor) {
		var toolkit = toolkit(toolkitId);
		var file = toolkit.file(fileId).orElseThrow(NotFoundException::new);
		var version = file.addVersion(newVersion(upload, changeNote, actor));
		toolkits.flush();
		contents.store(version.getId(), upload.content());
		log.info("Toolkit {}: file {} has new version {} (number {})", toolkitId, fileId, version.getId(),
				version.getNumber());
		auditLog.record(actor, "toolkit.versionAdded", target(toolkit), file.getTitle(),
				"version " + version.getNumber() + ": " + upload.fileName());
		return version;
	}

	/**
	 * Counts an anonymous download: only the number rises, nothing about who downloaded
	 * is kept.
	 */
	public void countDownload(ToolkitFileVersion version) {
		toolkits.countDownload(version.getId());
		toolkits.countDownloadInMonth();
	}

	private ToolkitFileVersion newVersion(UploadedFile upload, String changeNote, String actor) {
		return new ToolkitFileVersion(upload.fileName(), upload.type(), upload.size(), upload.sha256(), changeNote,
				clock.instant(), actor);
	}

	private static AuditTarget target(Toolkit toolkit) {
		return AuditTarget.of("toolkit", toolkit.getId());
	}

	private Toolkit toolkit(long id) {
		return toolkits.findById(id).orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Copenhagen.ZONE);
	}

}
