package dk.seniorpartnerskab.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person the municipality sends to the development days, representing management or
 * employees.
 */
@Entity
@Table(name = "registration_participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String email;

	private String title;

	@Enumerated(EnumType.STRING)
	private Side side;

	protected Participant() {
	}

	public Participant(String name, String email, String title, Side side) {
		this.name = name;
		this.email = email;
		this.title = title;
		this.side = side;
	}

	boolean sameAs(String name, String email, String title, Side side) {
		return this.name.equals(name) && this.email.equalsIgnoreCase(email) && this.title.equals(title)
				&& this.side == side;
	}

	void change(String name, String email, String title, Side side) {
		this.name = name;
		this.email = email;
		this.title = title;
		this.side = side;
	}

	/**
	 * Whether the participant's personal data was erased (the row stays so the counts per
	 * side do): nobody to invite or write to.
	 */
	public boolean isErased() {
		return email == null || email.isBlank();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getTitle() {
		return title;
	}

	public Side getSide() {
		return side;
	}

	@Override
	public String toString() {
		return "Participant#" + id;
	}

}
