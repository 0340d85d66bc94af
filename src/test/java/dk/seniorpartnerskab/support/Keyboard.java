package dk.seniorpartnerskab.support;

import java.util.ArrayDeque;
import java.util.Deque;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Uses a page with the keyboard only: Tab, Shift-Tab, Space, Enter and typing. After
 * every key it checks that the focus is visible (by its computed style: an outline or a
 * shadow of at least 2 px, on the control or, for DKFDS radios and checkboxes, on the box
 * its label draws) and never lost to the page body.
 */
public final class Keyboard {

	private static final String SHIFT_TAB = Keys.chord(Keys.SHIFT, Keys.TAB);

	private static final String FOCUS_CHECK = """
			var el = document.activeElement;
			if (!el || el === document.body || el === document.documentElement) {
			  return 'focus lost to the page body';
			}
			var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "'
			    + (el.innerText || el.value || '').trim().substring(0, 30) + '"';
			var style = getComputedStyle(el);
			function shows(style) {
			  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
			      || (style.boxShadow && style.boxShadow !== 'none');
			}
			var drawn = el.getBoundingClientRect();
			if ((el.type === 'checkbox' || el.type === 'radio') && el.labels.length > 0
			    && (parseFloat(style.opacity) === 0 || drawn.width < 2)) {
			  // DKFDS draws the box with the label; the input itself is invisible.
			  return shows(getComputedStyle(el.labels[0], '::before')) ? null : 'no visible focus on ' + name;
			}
			if (el.tagName === 'MAIN' && el.tabIndex === -1) {
			  return null; // the target of the skip link and of moved focus: a region, not a control
			}
			var rect = el.getBoundingClientRect();
			if (rect.width < 1 || rect.height < 1 || parseFloat(style.opacity) === 0) {
			  return 'focus on something invisible: ' + name;
			}
			return shows(style) ? null : 'no visible focus on ' + name + ' (outline ' + style.outlineStyle + ' '
			    + style.outlineWidth + ', box-shadow ' + style.boxShadow + ')';
			""";

	private static final String NAME = """
			var el = document.activeElement;
			if (el.labels && el.labels.length > 0) {
			  var label = el.labels[0];
			  var first = label.querySelector('span');
			  return (first ? first.innerText : label.innerText).trim();
			}
			return (el.getAttribute('aria-label') || el.innerText || el.value || '').trim();
			""";

	private final Browser browser;

	private int keys;

	/** The last controls that had the focus, for the failure message. */
	private final Deque<String> trail = new ArrayDeque<>();

	public Keyboard(Browser browser) {
		this.browser = browser;
	}

	/** The last controls that had the focus, as a failure message can show them. */
	public String trail() {
		return String.join(" > ", trail);
	}

	/** Number of keys pressed so far. */
	public int keys() {
		return keys;
	}

	public WebElement focused() {
		return browser.driver().switchTo().activeElement();
	}

	/** The focused control's name as a person reads it: its label, or its text. */
	public String focusedName() {
		return String.valueOf(browser.js(NAME));
	}

	/** Presses keys on whatever has the focus and checks the focus afterwards. */
	public Keyboard press(CharSequence... keys) {
		for (var key : keys) {
			var actions = new Actions(browser.driver());
			if (SHIFT_TAB.contentEquals(key)) {
				// Actions.sendKeys presses and releases each key of a chord in turn, so
				// Shift would be up again before Tab: hold it down explicitly.
				actions.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
			}
			else {
				actions.sendKeys(key).perform();
			}
		}
		this.keys += keys.length;
		checkFocus();
		return this;
	}

	public Keyboard type(String text) {
		new Actions(browser.driver()).sendKeys(text).perform();
		checkFocus();
		return this;
	}

	/** Presses Tab until the control named {@code name} has the focus. */
	public Keyboard tabTo(String name) {
		return move(name, Keys.TAB);
	}

	/** Presses Shift-Tab until the control named {@code name} has the focus. */
	public Keyboard shiftTabTo(String name) {
		return move(name, Keys.chord(Keys.SHIFT, Keys.TAB));
	}

	private Keyboard move(String name, CharSequence key) {
		trail.addLast("(looking for '" + name + "')");
		for (int i = 0; i < 150; i++) {
			press(key);
			if (name.equals(focusedName())) {
				return this;
			}
		}
		throw new AssertionError("Tabbing never reached '" + name + "' on " + browser.currentPath());
	}

	/** Presses Enter on the focused control and waits for the next page. */
	public Keyboard enterAndWait() {
		var page = browser.driver().findElement(By.tagName("html"));
		new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
		keys++;
		Browser.awaitNewPage(browser.driver(), page);
		return this;
	}

	/** Fails when the focus is not visible or has fallen back to the page body. */
	public void checkFocus() {
		var problem = browser.js(FOCUS_CHECK);
		if (problem != null) {
			throw new AssertionError(problem + " on " + browser.currentPath() + " after " + keys + " keys; before: "
					+ String.join(" > ", trail));
		}
		trail.addLast(String.valueOf(browser
			.js("var el = document.activeElement; return el.tagName.toLowerCase()" + " + (el.id ? '#' + el.id : '');"))
				+ " '" + focusedName() + "'");
		if (trail.size() > 14) {
			trail.removeFirst();
		}
	}

}
