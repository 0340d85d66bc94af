/**
 * Personal data under control: the retention date per edition and the job that erases an
 * edition's personal data when it passes, erasure and insight on request for one person,
 * and the {@link dk.seniorpartnerskab.privacy.PersonalDataHolder} SPI every module
 * keeping personal data implements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy",
		allowedDependencies = { "audit", "edition", "web" })
package dk.seniorpartnerskab.privacy;
