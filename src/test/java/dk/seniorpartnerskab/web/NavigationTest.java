package dk.seniorpartnerskab.web;

import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu's markup ({@link Navigation#html}): the links under the application's root,
 * texts escaped, the current page marked, a group a dropdown only in the desktop
 * navigation.
 */
class NavigationTest {

	Navigation navigation = new Navigation(key -> key.equals("layout.admin.mail") ? "Mail <&> \"ud\"" : "Tekst æøå");

	@Test
	void theDesktopMenuMarksTheCurrentPageAndItsGroupUnderTheRoot() {
		var menu = Jsoup.parseBodyFragment("<ul>"
				+ navigation.html(navigation.shown("admin", "/admin/mail", Set.of("STAFF", "VIEWER")), true, "/app/")
				+ "</ul>");
		var current = menu.select("a[aria-current=page]");
		assertThat(current).hasSize(1);
		assertThat(current.attr("href")).isEqualTo("/app/admin/mail");
		assertThat(current.text()).isEqualTo("Mail <&> \"ud\"");
		assertThat(current.parents().select("li.active > .submenu > button[aria-controls=admin-menu-system]"))
			.hasSize(1);
		assertThat(menu.select("a[href=/app/admin/log]")).as("administrators only").isEmpty();
		assertThat(menu.html()).contains("Tekst æøå").doesNotContain("<&>");
	}

	@Test
	void theDrawerIsFlatAndAPageBelowALinkMarksIt() {
		var menu = Jsoup.parseBodyFragment("<ul>"
				+ navigation.html(navigation.shown("admin", "/admin/tilmeldinger/7", Set.of("ADMIN")), false, "/")
				+ "</ul>");
		assertThat(menu.select("button")).isEmpty();
		assertThat(menu.select("a[aria-current=true]").attr("href")).isEqualTo("/admin/tilmeldinger");
		assertThat(menu.select("a[aria-current=true]").parents().first().className()).isEqualTo("active");
		assertThat(menu.select("a[href=/admin/log]")).hasSize(1);
		assertThat(menu.select("a[href=/admin]").attr("aria-current")).as("a start page marks only itself").isEmpty();
	}

}
