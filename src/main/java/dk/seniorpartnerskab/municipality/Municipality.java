package dk.seniorpartnerskab.municipality;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A Danish municipality (kommune), identified by its official three-digit code. */
@Entity
@Immutable
@Table(name = "municipality")
public class Municipality {

	@Id
	private Integer code;

	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "region_code")
	private Region region;

	private double latitude;

	private double longitude;

	protected Municipality() {
	}

	public Integer getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Region getRegion() {
		return region;
	}

	/** Approximate centre, WGS84 degrees: for distances between municipalities. */
	public double getLatitude() {
		return latitude;
	}

	public double getLongitude() {
		return longitude;
	}

}
