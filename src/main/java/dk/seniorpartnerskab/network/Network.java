package dk.seniorpartnerskab.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A network (netværk) in an edition: a group of municipalities meeting for the
 * development days and digital meetings, with a capacity and a member of staff as
 * coordinator (by id).
 */
@Entity
@Table(name = "network")
public class Network {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "edition_id")
	private Long editionId;

	private String name;

	private String description = "";

	private int capacity;

	@Column(name = "coordinator_id")
	private Long coordinatorId;

	@Version
	private long version;

	protected Network() {
	}

	public Network(long editionId, String name, String description, int capacity, Long coordinatorId) {
		this.editionId = editionId;
		update(name, description, capacity, coordinatorId);
	}

	public void update(String name, String description, int capacity, Long coordinatorId) {
		if (capacity < 1) {
			throw new IllegalArgumentException("A network needs room for at least one municipality");
		}
		this.name = name.trim();
		this.description = description == null ? "" : description;
		this.capacity = capacity;
		this.coordinatorId = coordinatorId;
	}

	/** A short text of the fields staff edit, for the audit log. */
	String describe() {
		return "navn=" + name + ", kapacitet=" + capacity + ", koordinator=" + coordinatorId;
	}

	public Long getId() {
		return id;
	}

	public Long getEditionId() {
		return editionId;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getCapacity() {
		return capacity;
	}

	public Long getCoordinatorId() {
		return coordinatorId;
	}

	/** The coordinator; the contract's name for {@link #getCoordinatorId()}. */
	public Long getCoordinator() {
		return coordinatorId;
	}

	public long getVersion() {
		return version;
	}

}
