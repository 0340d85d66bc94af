package dk.seniorpartnerskab.municipality;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One of Denmark's five regions, by its official code. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

	@Id
	private Integer code;

	private String name;

	protected Region() {
	}

	public Integer getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

}
