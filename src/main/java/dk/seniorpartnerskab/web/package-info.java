/**
 * Shared web layer: layout and fragments, the public landing page, the admin start page,
 * error pages, global binding advice and Danish formatting. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.seniorpartnerskab.web;
