package dk.seniorpartnerskab.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.web.util.HtmlUtils;

/**
 * The public menu and the staff menu, each written once: the layout shows a menu twice
 * from here, as the desktop navigation (a group becomes a dropdown) and as the mobile
 * drawer (flat). The layout asks
 * {@code #navigation.shown(area, currentPath, signedInRoles)} once for the menu as the
 * person sees it on this page, and {@code #navigation.html(menu, grouped, root)} for the
 * items of each of its two menu lists, written here as markup. It is the one piece of
 * markup written in Java: it is on every page, twice, and as a template (a fragment call,
 * a condition and five attributes per link) it took about a quarter of the time an empty
 * staff page takes (README: Speed).
 */
public final class Navigation {

	private final UnaryOperator<String> texts;

	/**
	 * @param texts the text of a message key
	 */
	public Navigation(UnaryOperator<String> texts) {
		this.texts = texts;
	}

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
	public static List<Entry> menu(String area) {
		return "admin".equals(area) ? STAFF : PUBLIC;
	}

	/**
	 * The menu of an area as shown on the page at {@code currentPath} to a person with
	 * these roles (the role hierarchy's reach, {@code staff/web/StaffRightsAdvice}):
	 * links for a role the person lacks left out, the current page and the pages above it
	 * marked.
	 */
	public List<Shown> shown(String area, String currentPath, Set<String> roles) {
		var shown = new ArrayList<Shown>();
		for (Entry entry : menu(area)) {
			var links = new ArrayList<ShownLink>();
			boolean active = false;
			for (Link link : entry.links()) {
				if (link.role() != null && (roles == null || !roles.contains(link.role()))) {
					continue;
				}
				boolean current = currentPath != null && currentPath.equals(link.path());
				boolean below = !link.exact() && currentPath != null && currentPath.startsWith(link.path() + "/");
				active |= current || below;
				links.add(new ShownLink(link.path(), link.messageKey(), current ? "page" : (below ? "true" : null),
						current ? "active current" : (below ? "active" : null)));
			}
			if (!links.isEmpty()) {
				String id = (entry instanceof Group group) ? group.id() : null;
				String messageKey = (entry instanceof Group group) ? group.messageKey() : null;
				shown.add(new Shown(id, messageKey, entry.isGroup(), active, links));
			}
		}
		return shown;
	}

	/**
	 * The items of a menu as {@link #shown shown} on this page, as markup for the
	 * layout's menu list ({@code mainmenu}): {@code grouped} (the desktop navigation) a
	 * group is a DKFDS dropdown, marked active while one of its pages is shown; flat (the
	 * mobile drawer) its links simply follow. The current page carries
	 * {@code aria-current="page"}, a page below it {@code aria-current="true"}.
	 * @param root the application's root URL ({@code @{/}}), which paths are relative to
	 */
	public String html(List<Shown> menu, boolean grouped, String root) {
		var html = new StringBuilder(4096);
		for (Shown entry : menu) {
			if (grouped && entry.group()) {
				String id = escape(entry.id());
				html.append(entry.active() ? "<li class=\"active\">" : "<li>")
					.append("<div class=\"submenu\"><button type=\"button\" class=\"button-overflow-menu js-dropdown\"")
					.append(" data-js-target=\"")
					.append(id)
					.append("\" aria-expanded=\"false\" aria-controls=\"")
					.append(id)
					.append("\"><span>")
					.append(escape(this.texts.apply(entry.messageKey())))
					.append("</span></button><div class=\"overflow-menu-inner collapsed\" id=\"")
					.append(id)
					.append("\"><ul class=\"overflow-list\">");
				links(html, entry.links(), root);
				html.append("</ul></div></div></li>");
			}
			else {
				links(html, entry.links(), root);
			}
		}
		return html.toString();
	}

	private void links(StringBuilder html, List<ShownLink> links, String root) {
		String base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
		for (ShownLink link : links) {
			html.append(link.cssClass() == null ? "<li>" : "<li class=\"" + escape(link.cssClass()) + "\">")
				.append("<a class=\"nav-link\" href=\"")
				.append(escape(base + link.path()))
				.append('"');
			if (link.ariaCurrent() != null) {
				html.append(" aria-current=\"").append(escape(link.ariaCurrent())).append('"');
			}
			html.append("><span>").append(escape(this.texts.apply(link.messageKey()))).append("</span></a></li>");
		}
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * An entry as shown: a group (a dropdown in the desktop navigation, {@code active}
	 * while one of its pages is shown) or a single link.
	 */
	public record Shown(String id, String messageKey, boolean group, boolean active, List<ShownLink> links) {
	}

	/**
	 * A link as shown: {@code ariaCurrent} is "page" on the very page, "true" on a page
	 * below it, else null; {@code cssClass} DKFDS's marks for the same.
	 */
	public record ShownLink(String path, String messageKey, String ariaCurrent, String cssClass) {
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

		@Override
		public boolean isGroup() {
			return true;
		}

	}

}
