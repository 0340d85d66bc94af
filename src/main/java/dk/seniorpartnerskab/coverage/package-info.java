/**
 * Coverage: how far an edition reaches the 98 municipalities, as a grid by region, the
 * funnel from invited to attending, charts with their tables, an XLSX export, and the key
 * figures on the admin start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coverage",
		allowedDependencies = { "edition", "municipality", "outreach", "registration", "scheduling", "toolkit", "web" })
package dk.seniorpartnerskab.coverage;
