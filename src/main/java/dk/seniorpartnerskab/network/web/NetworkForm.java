package dk.seniorpartnerskab.network.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.network.Network;

/** The create/edit form of a network. */
public class NetworkForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@Size(max = 4000)
	private String description;

	@NotNull
	@Min(1)
	@Max(98)
	private Integer capacity;

	private Long coordinatorId;

	private Long version;

	static NetworkForm of(Network network) {
		var form = new NetworkForm();
		form.name = network.getName();
		form.description = network.getDescription();
		form.capacity = network.getCapacity();
		form.coordinatorId = network.getCoordinatorId();
		form.version = network.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Long getCoordinatorId() {
		return coordinatorId;
	}

	public void setCoordinatorId(Long coordinatorId) {
		this.coordinatorId = coordinatorId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
