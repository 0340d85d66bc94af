/**
 * Registrations (tilmeldinger): the public form, the receipt and confirmation mail, the
 * contact's private page, and the {@link dk.seniorpartnerskab.registration.Registration}
 * aggregate other modules decide on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registrations",
		allowedDependencies = { "audit", "edition", "mail", "municipality", "privacy", "system", "web" })
package dk.seniorpartnerskab.registration;
