package dk.seniorpartnerskab.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.List;

import dk.seniorpartnerskab.web.Copenhagen;
import dk.seniorpartnerskab.web.NotFoundException;
import dk.seniorpartnerskab.web.Secretariats;
import dk.seniorpartnerskab.web.Versions;

/**
 * Edition rules that need more than one row: the current edition, optimistic edits,
 * copies with free slugs.
 */
@Service
public class EditionManagement {

	private final EditionRepository editions;

	private final Secretariats secretariats;

	private final Clock clock;

	EditionManagement(EditionRepository editions, Secretariats secretariats, Clock clock) {
		this.editions = editions;
		this.secretariats = secretariats;
		this.clock = clock;
	}

	/** The edition the public pages are about, if any is published and not over. */
	@Transactional(readOnly = true)
	public Optional<Edition> current() {
		return editions.findCurrent(LocalDate.ofInstant(clock.instant(), Copenhagen.ZONE));
	}

	/**
	 * The edition staff pages show when none is chosen: the current one, else the latest
	 * by registration start.
	 */
	@Transactional(readOnly = true)
	public Optional<Edition> currentOrLatest() {
		return current().or(() -> editions.findAllByOrderByRegistrationOpensDesc().stream().findFirst());
	}

	/**
	 * The edition a staff page is about: the one asked for ({@code ?forloeb=}), else
	 * {@link #currentOrLatest()}; empty only when there is no edition at all.
	 * @throws NotFoundException when the asked-for edition does not exist (a 404 page)
	 */
	@Transactional(readOnly = true)
	public Optional<Edition> chosen(Long id) {
		return id == null ? currentOrLatest() : Optional.of(editions.findById(id).orElseThrow(NotFoundException::new));
	}

	/** Every edition, newest first: the options of the edition picker. */
	@Transactional(readOnly = true)
	public List<Edition> all() {
		return editions.findAllByOrderByRegistrationOpensDesc();
	}

	@Transactional(readOnly = true)
	public Optional<Edition> find(long id) {
		return editions.findById(id);
	}

	@Transactional
	public Edition save(Edition edition) {
		var saved = editions.saveAndFlush(edition);
		secretariats.forget();
		return saved;
	}

	/**
	 * Applies a change made on a form loaded at {@code expectedVersion}; refuses when
	 * someone else saved in between, so nothing is overwritten silently.
	 */
	@Transactional
	public Edition update(long id, Long expectedVersion, Consumer<Edition> change) {
		var edition = editions.findById(id).orElseThrow();
		Versions.require(expectedVersion, edition.getVersion(), Edition.class, id);
		change.accept(edition);
		var saved = editions.saveAndFlush(edition);
		secretariats.forget(); // the edition may name another secretariat now
		return saved;
	}

	@Transactional
	public Edition copy(Edition original) {
		String slug = original.getSlug() + "-kopi";
		for (int i = 2; editions.existsBySlug(slug); i++) {
			slug = original.getSlug() + "-kopi-" + i;
		}
		return editions.save(original.copyAs(original.getName() + " (kopi)", slug, original.getReferencePrefix()));
	}

}
