package dk.seniorpartnerskab.edition;

import java.util.List;

/**
 * Lines other modules add to an edition on the staff pages (the list and the edit form),
 * e.g. when its personal data will be erased. Every bean implementing this is asked; an
 * empty list adds nothing.
 */
public interface EditionRemarks {

	List<EditionRemark> remarksFor(Edition edition);

}
