package dk.seniorpartnerskab.privacy;

import java.util.List;
import java.util.Set;

/**
 * Implemented by every module that keeps data about a person (a name, e-mail, phone,
 * title, free text someone wrote, a client address, ...), as a bean in the module's own
 * root package, so that the privacy module can find, export and erase it without knowing
 * the module's tables.
 * <p>
 * The rule for erasing is the same on request and at the retention date: <b>identities
 * go, counts stay</b>. Keep the rows reports count (a participant's side, an invitation's
 * answer and attendance, an evaluation's scores, a download count) and blank what names
 * or reaches a person; delete what is nothing but personal data (attachments, tokens,
 * mail bodies). An erased value must not survive anywhere in the module's tables, free
 * text included (history details, notes): use {@link dk.seniorpartnerskab.web.Redaction}
 * with {@link Person#identifiers()} for text that may mention the person.
 * <p>
 * Every method runs inside the privacy module's transaction; a holder that throws rolls
 * the whole erasure back. A holder without anything edition-bound (e.g. a contact
 * directory) erases nothing in {@link #eraseEdition} but still erases the people who
 * leave with it ({@link EditionErasure#leaving()}) when it keeps anything about them.
 */
public interface PersonalDataHolder {

	/**
	 * Everything the module keeps about the person with this e-mail address (compared
	 * case-insensitively), in every edition, as readable items for staff and for the
	 * person's insight export.
	 */
	List<PersonalDataItem> findByEmail(String email);

	/**
	 * Erases what the module keeps about the person, in every edition. {@code person}
	 * carries the e-mail and every name any holder found for it, to redact free text that
	 * mentions them. Returns how many items were erased (rows blanked or deleted).
	 */
	int erasePerson(Person person);

	/**
	 * The people whose data the module keeps for the edition, collected from every holder
	 * before anything is erased (so that, e.g., the mail log can redact them).
	 */
	default Set<Person> peopleOf(long editionId) {
		return Set.of();
	}

	/**
	 * References to what the module keeps for the edition, in the form mails and audit
	 * entries use ({@code registration:42}, {@code invitation:7}), so that records other
	 * modules keep by reference are erased with the edition.
	 */
	default Set<String> referencesOf(long editionId) {
		return Set.of();
	}

	/**
	 * Erases the personal data of an edition whose retention date has passed, keeping
	 * what the programme reports on without identity. Returns how many items were erased.
	 */
	int eraseEdition(EditionErasure erasure);

}
