package dk.seniorpartnerskab.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.seniorpartnerskab.registration.Registration;
import dk.seniorpartnerskab.registration.Side;

/**
 * The review checklist: each item is ticked by a member of staff, who judges the
 * submitted evidence. Whether the evidence is there at all ({@code evidenceGiven}) is
 * only a hint for the reviewer; the item counts as met only once ticked.
 */
public record ReviewChecklist(List<Point> points) {

	/** One item: the hint from the submission, and who ticked it and when (or nulls). */
	public record Point(ChecklistItem item, boolean evidenceGiven, String tickedBy, Instant tickedAt) {

		public boolean isTicked() {
			return tickedBy != null;
		}

	}

	public static ReviewChecklist of(Registration r, Collection<ChecklistTick> ticks) {
		var byItem = ticks.stream().collect(Collectors.toMap(ChecklistTick::getItem, Function.identity()));
		return new ReviewChecklist(Arrays.stream(ChecklistItem.values()).map(item -> {
			var tick = byItem.get(item);
			return new Point(item, evidenceGiven(r, item), tick == null ? null : tick.getTickedBy(),
					tick == null ? null : tick.getTickedAt());
		}).toList());
	}

	static boolean evidenceGiven(Registration r, ChecklistItem item) {
		return switch (item) {
			case EFFORT -> r.getEffortStatus() != null && r.getEffortDescription() != null
					&& r.getEffortDescription().strip().length() >= 50;
			case COLLABORATION -> !r.getCollaborationForums().isEmpty() && r.getCollaborationDescription() != null
					&& !r.getCollaborationDescription().isBlank();
			case BOTH_PARTIES -> {
				var sides = r.getParticipants().stream().map(p -> p.getSide()).distinct().toList();
				yield sides.contains(Side.MANAGEMENT) && sides.contains(Side.EMPLOYEES);
			}
		};
	}

	public Point point(ChecklistItem item) {
		return points.stream().filter(p -> p.item() == item).findFirst().orElseThrow();
	}

	/** Every item ticked by staff. */
	public boolean isComplete() {
		return points.stream().allMatch(Point::isTicked);
	}

}
