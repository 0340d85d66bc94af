package dk.seniorpartnerskab.staff;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import dk.seniorpartnerskab.audit.AuditLog;

/**
 * Passkeys are kept in PostgreSQL (Spring Security's JDBC repositories, schema in
 * migration V63), so a passkey registered through one instance works on every other. A
 * new passkey is recorded in the audit log.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository entities,
			StaffUserRepository users, AuditLog auditLog) {
		var credentials = new JdbcUserCredentialRepository(jdbc);
		return new UserCredentialRepository() {

			@Override
			public void save(CredentialRecord record) {
				boolean added = credentials.findByCredentialId(record.getCredentialId()) == null;
				credentials.save(record);
				if (added) {
					var entity = entities.findById(record.getUserEntityUserId());
					if (entity != null) {
						users.findByEmail(entity.getName())
							.ifPresent(user -> auditLog.record(user.getEmail(), "staff.passkeyAdded",
									StaffManagement.target(user), null, record.getLabel()));
					}
				}
			}

			@Override
			public void delete(Bytes credentialId) {
				credentials.delete(credentialId);
			}

			@Override
			public CredentialRecord findByCredentialId(Bytes credentialId) {
				return credentials.findByCredentialId(credentialId);
			}

			@Override
			public List<CredentialRecord> findByUserId(Bytes userId) {
				return credentials.findByUserId(userId);
			}

		};
	}

}
