package dk.seniorpartnerskab.registration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores the collaboration forums as a comma-separated list of names, e.g.
 * {@code HOVED_MED,TRIO}.
 */
@Converter
class CollaborationForumsConverter implements AttributeConverter<Set<CollaborationForum>, String> {

	@Override
	public String convertToDatabaseColumn(Set<CollaborationForum> forums) {
		return forums == null ? "" : forums.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<CollaborationForum> convertToEntityAttribute(String column) {
		var forums = EnumSet.noneOf(CollaborationForum.class);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(",")).map(CollaborationForum::valueOf).forEach(forums::add);
		}
		return forums;
	}

}
