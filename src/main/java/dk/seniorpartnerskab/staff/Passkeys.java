package dk.seniorpartnerskab.staff;

import java.time.Instant;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dk.seniorpartnerskab.audit.AuditLog;

/**
 * A staff user's passkeys, as Spring Security's WebAuthn support keeps them in
 * PostgreSQL: listed for their owner, removed by their owner only.
 */
@Component
public class Passkeys {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final StaffUserRepository users;

	private final AuditLog auditLog;

	Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			StaffUserRepository users, AuditLog auditLog) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.users = users;
		this.auditLog = auditLog;
	}

	/** One passkey as its owner sees it. */
	public record Passkey(String id, String label, Instant created, Instant lastUsed) {
	}

	@Transactional(readOnly = true)
	public List<Passkey> of(String email) {
		var entity = userEntities.findByUsername(email);
		if (entity == null) {
			return List.of();
		}
		return credentials.findByUserId(entity.getId())
			.stream()
			.map(c -> new Passkey(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(),
					c.getLastUsed()))
			.toList();
	}

	public boolean has(String email) {
		return !of(email).isEmpty();
	}

	/** Removes one of the user's own passkeys; false when it is not theirs. */
	@Transactional
	public boolean remove(String email, String credentialId) {
		var entity = userEntities.findByUsername(email);
		if (entity == null) {
			return false;
		}
		var credential = credentials.findByCredentialId(Bytes.fromBase64(credentialId));
		if (credential == null || !credential.getUserEntityUserId().equals(entity.getId())) {
			return false;
		}
		credentials.delete(credential.getCredentialId());
		users.findByEmail(email)
			.ifPresent(user -> auditLog.record(email, "staff.passkeyRemoved", StaffManagement.target(user), null,
					credential.getLabel()));
		return true;
	}

}
