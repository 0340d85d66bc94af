package dk.seniorpartnerskab.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bytes of file versions, in PostgreSQL. Never loaded with the metadata; read back in
 * chunks of 1 MB with {@code substring()} (the column is stored uncompressed, so
 * PostgreSQL reads only the chunk), so a download of 25 MB holds 1 MB in memory and a
 * range request reads only the range.
 */
@Component
public class ToolkitFileContents {

	static final int CHUNK = 1024 * 1024;

	private final JdbcTemplate jdbc;

	ToolkitFileContents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void store(long versionId, byte[] content) {
		jdbc.update("insert into toolkit_file_content (version_id, content) values (?, ?)", versionId, content);
	}

	/**
	 * The version's bytes as a resource Spring MVC can stream, with ranges, without
	 * reading them first.
	 */
	public Resource resource(ToolkitFileVersion version) {
		return new VersionResource(version.getId(), version.getSize(), version.getFileName(), version.getUploadedAt());
	}

	byte[] readRange(long versionId, long offset, int length) {
		// substring() counts from 1; files are at most 25 MB, so int positions suffice.
		return jdbc.queryForObject(
				"select substring(content from ? for ?) from toolkit_file_content where version_id = ?", byte[].class,
				Math.toIntExact(offset + 1), length, versionId);
	}

	private final class VersionResource extends AbstractResource {

		private final long versionId;

		private final long size;

		private final String fileName;

		private final Instant uploadedAt;

		VersionResource(long versionId, long size, String fileName, Instant uploadedAt) {
			this.versionId = versionId;
			this.size = size;
			this.fileName = fileName;
			this.uploadedAt = uploadedAt;
		}

		@Override
		public InputStream getInputStream() {
			return new ChunkedStream(versionId, size);
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public long contentLength() {
			return size;
		}

		@Override
		public long lastModified() {
			return uploadedAt.toEpochMilli();
		}

		@Override
		public String getFilename() {
			return fileName;
		}

		@Override
		public String getDescription() {
			return "toolkit file version " + versionId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof VersionResource r && r.versionId == versionId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(versionId);
		}

	}

	/**
	 * Reads the bytes chunk by chunk as the response is written; skipping (for a range)
	 * reads nothing.
	 */
	private final class ChunkedStream extends InputStream {

		private final long versionId;

		private final long size;

		private long position;

		private byte[] chunk = new byte[0];

		private long chunkStart;

		ChunkedStream(long versionId, long size) {
			this.versionId = versionId;
			this.size = size;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			if (position >= size) {
				return -1;
			}
			if (position < chunkStart || position >= chunkStart + chunk.length) {
				load();
			}
			int from = (int) (position - chunkStart);
			int count = Math.min(length, chunk.length - from);
			System.arraycopy(chunk, from, target, offset, count);
			position += count;
			return count;
		}

		@Override
		public long skip(long n) {
			long skipped = Math.max(0, Math.min(n, size - position));
			position += skipped;
			return skipped;
		}

		@Override
		public int available() {
			return (int) Math.max(0, Math.min(Integer.MAX_VALUE, chunkStart + chunk.length - position));
		}

		private void load() throws IOException {
			try {
				byte[] next = readRange(versionId, position, (int) Math.min(CHUNK, size - position));
				if (next == null || next.length == 0) {
					throw new IOException("Toolkit file version " + versionId + " ends before " + size + " bytes");
				}
				chunk = next;
				chunkStart = position;
			}
			catch (DataAccessException e) {
				throw new IOException("Toolkit file version " + versionId + " could not be read", e);
			}
		}

	}

}
