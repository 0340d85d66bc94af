package dk.seniorpartnerskab.privacy;

import java.util.Set;

/**
 * What the retention job erases for an edition: the edition's id, every person any holder
 * keeps for it ({@link PersonalDataHolder#peopleOf}), every reference any holder keeps
 * for it ({@link PersonalDataHolder#referencesOf}), and the people who leave with it:
 * those held in no other edition, whose data outside any edition (mail log, notices,
 * directory) goes as well.
 */
public record EditionErasure(long editionId, Set<Person> people, Set<String> references, Set<Person> leaving) {

	public EditionErasure {
		people = Set.copyOf(people);
		references = Set.copyOf(references);
		leaving = Set.copyOf(leaving);
	}

}
