package dk.seniorpartnerskab.web;

import java.util.List;

/**
 * The public menu and the staff menu, each written once: the layout renders a menu twice
 * from here, as the desktop navigation (a group becomes a dropdown) and as the mobile
 * drawer (flat). Templates read it as {@code #navigation.menu(area)}.
 */
public final class Navigation {

	private static final List<Entry> PUBLIC = List.of(Link.start("/", "layout.nav.home"),
			Link.to("/tilmelding", "layout.nav.register"), Link.to("/vaerktoejer", "layout.nav.toolkits"));

	/**
	 * The log and the users are for administrators: the security configuration refuses
	 * them to others, and the menu does not offer them.
	 */
	private static final List<Entry> STAFF = List.of(Link.start("/admin", "layout.admin.home"),
			Link.to("/admin/tilmeldinger", "layout.admin.registrations"),
			new Group("admin-menu-programme", "layout.admin.group.programme",
					List.of(Link.to("/admin/forloeb", "layout.admin.editions"),
							Link.to("/admin/netvaerk", "layout.admin.networks"))),
			Link.to("/admin/aktiviteter", "layout.admin.schedule"),
			Link.to("/admin/vaerktoejer", "layout.admin.toolkits"),
			new Group("admin-menu-municipalities", "layout.admin.group.municipalities",
					List.of(Link.to("/admin/kommuner", "layout.admin.directory"),
							Link.to("/admin/daekning", "layout.admin.coverage"),
							Link.to("/admin/udsendelser", "layout.admin.outreach"))),
			new Group("admin-menu-system", "layout.admin.group.system",
					List.of(Link.to("/admin/mail", "layout.admin.mail"), Link.to("/admin/privatliv", "privacy.nav"),
							Link.to("/admin/log", "layout.admin.log").forRole("ADMIN"),
							Link.to("/admin/brugere", "layout.admin.users").forRole("ADMIN"))));

	/**
	 * The staff menu in the admin area ({@code area == 'admin'}), else the public one.
	 */
	public List<Entry> menu(String area) {
		return "admin".equals(area) ? STAFF : PUBLIC;
	}

	/** An entry of a menu: one link, or a group of links. */
	public sealed interface Entry permits Link, Group {

		/** The links of this entry, in order: the link itself, or the group's. */
		List<Link> links();

		boolean isGroup();

	}

	/**
	 * A link, with the message key of its text. An {@code exact} link (a start page) is
	 * marked current on its own path only, any other also on the pages below it. With a
	 * {@code role} only staff having that role see it.
	 */
	public record Link(String path, String messageKey, boolean exact, String role) implements Entry {

		static Link start(String path, String messageKey) {
			return new Link(path, messageKey, true, null);
		}

		static Link to(String path, String messageKey) {
			return new Link(path, messageKey, false, null);
		}

		Link forRole(String role) {
			return new Link(this.path, this.messageKey, this.exact, role);
		}

		@Override
		public List<Link> links() {
			return List.of(this);
		}

		@Override
		public boolean isGroup() {
			return false;
		}

	}

	/** Links shown together: a dropdown with its own id in the desktop navigation. */
	public record Group(String id, String messageKey, List<Link> links) implements Entry {

		/** Whether the page at this path is one of the group's: marks the dropdown. */
		public boolean contains(String path) {
			return path != null && this.links.stream().anyMatch((link) -> path.startsWith(link.path()));
		}

		@Override
		public boolean isGroup() {
			return true;
		}

	}

}
