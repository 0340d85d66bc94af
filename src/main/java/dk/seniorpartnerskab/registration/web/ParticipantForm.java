package dk.seniorpartnerskab.registration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.seniorpartnerskab.web.EmailAddress;
import dk.seniorpartnerskab.registration.Participant;
import dk.seniorpartnerskab.registration.ParticipantDetails;
import dk.seniorpartnerskab.registration.Side;
import dk.seniorpartnerskab.web.TextCleaner;

/**
 * One participant row of the form; {@code id} is set for a participant already
 * registered.
 */
public class ParticipantForm {

	private Long id;

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotBlank
	@EmailAddress
	private String email;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private Side side;

	public ParticipantForm() {
	}

	ParticipantForm(Side side) {
		this.side = side;
	}

	static ParticipantForm of(Participant p) {
		var row = new ParticipantForm(p.getSide());
		row.id = p.getId();
		row.name = p.getName();
		row.email = p.getEmail();
		row.title = p.getTitle();
		return row;
	}

	boolean isBlank() {
		return id == null && name == null && email == null && title == null;
	}

	void clean() {
		name = TextCleaner.line(name);
		email = TextCleaner.line(email);
		title = TextCleaner.line(title);
	}

	ParticipantDetails toDetails() {
		return new ParticipantDetails(id, name, email, title, side);
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Side getSide() {
		return side;
	}

	public void setSide(Side side) {
		this.side = side;
	}

}
