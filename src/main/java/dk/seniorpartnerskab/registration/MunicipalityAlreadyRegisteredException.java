package dk.seniorpartnerskab.registration;

/** The municipality already holds a (not withdrawn) registration for the edition. */
public class MunicipalityAlreadyRegisteredException extends RuntimeException {

	public MunicipalityAlreadyRegisteredException(int municipalityCode) {
		super("Municipality " + municipalityCode + " is already registered");
	}

}
