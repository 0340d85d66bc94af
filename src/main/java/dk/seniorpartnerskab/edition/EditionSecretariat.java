package dk.seniorpartnerskab.edition;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.seniorpartnerskab.web.Secretariat;
import dk.seniorpartnerskab.web.Secretariats;

/**
 * The secretariat the current edition names (edition form, "Sekretariat"), for
 * {@link Secretariats}: the edition the public pages are about, else the latest.
 */
@Component
class EditionSecretariat implements Secretariats.SecretariatSource {

	private final EditionManagement editions;

	EditionSecretariat(EditionManagement editions) {
		this.editions = editions;
	}

	@Override
	public Optional<Secretariat> current() {
		return editions.currentOrLatest()
			.map(e -> new Secretariat(e.getSecretariatName(), e.getSecretariatEmail(), e.getSecretariatPhone()));
	}

}
