package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) driven by
 * Selenium. Without a browser the test fails when {@code CI=true} and is skipped with a
 * loud message otherwise; it never skips silently. Screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Widths every page is checked at: a desktop and a phone. */
	public static final int DESKTOP = 1280;

	public static final int PHONE = 390;

	private static ChromeDriver sharedDriver;

	private static String axeSource;

	private final ChromeDriver driver;

	private final String baseUrl;

	private final boolean shared;

	private Browser(ChromeDriver driver, String baseUrl, boolean shared) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.shared = shared;
	}

	/**
	 * One Chromium with JavaScript, started once and reused by every test that asks for
	 * it (starting a browser costs a second or two; quit when the JVM ends). Each call
	 * starts from a clean slate: no cookies, desktop width. {@link #close()} leaves it
	 * running.
	 */
	public static synchronized Browser shared(String baseUrl) {
		if (sharedDriver == null) {
			var browser = open(baseUrl, true);
			sharedDriver = browser.driver;
			Runtime.getRuntime().addShutdownHook(new Thread(sharedDriver::quit));
		}
		var browser = new Browser(sharedDriver, baseUrl, true);
		sharedDriver.manage().deleteAllCookies();
		browser.width(DESKTOP);
		return browser;
	}

	/** Starts a browser, JavaScript on or off, against the app at {@code baseUrl}. */
	public static Browser open(String baseUrl, boolean javascript) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "No browser: " + CHROMIUM + " and " + CHROMEDRIVER
					+ " are needed (apt-get install chromium chromium-driver; .ci/run does it)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			System.err.println("\n*** BROWSER TEST SKIPPED: " + message + " ***\n");
			Assumptions.abort(message);
		}
		try {
			var options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,1400", "--lang=da-DK",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
			if (!javascript) {
				options.addArguments("--blink-settings=scriptEnabled=false");
			}
			var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, baseUrl, false);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public WebDriver driver() {
		return driver;
	}

	public String currentPath() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	/**
	 * The input, select or textarea whose label reads {@code label} (as users find
	 * fields).
	 */
	public WebElement field(String label) {
		var labels = driver.findElements(
				By.xpath("//label[normalize-space(.)='" + label + "' or normalize-space(./span[1])='" + label + "']"));
		if (labels.isEmpty()) {
			throw new AssertionError("No field labelled '" + label + "' on " + driver.getCurrentUrl());
		}
		return driver.findElement(By.id(labels.get(0).getAttribute("for")));
	}

	public Browser fill(String label, String value) {
		var field = field(label);
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/** Clicks the button or link with this text and waits for the next page to load. */
	public Browser click(String buttonText) {
		var page = driver.findElement(By.tagName("html"));
		driver
			.findElement(By.xpath("//button[normalize-space(.)='" + buttonText + "'] | //a[normalize-space(.)='"
					+ buttonText + "'] | //input[@type='submit' and @value='" + buttonText + "']"))
			.click();
		awaitNewPage(driver, page);
		return this;
	}

	/**
	 * Waits until {@code page} (the old document's html element) is gone. Chromium
	 * sometimes answers a look at the old element while the new page loads with "Node
	 * with given id does not belong to the document" rather than a stale element: both
	 * mean the old page is gone.
	 */
	public static void awaitNewPage(WebDriver driver, WebElement page) {
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw e;
			}
		});
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String h1() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Saves a PNG of the page as {@code target/screenshots/<name>.png} and returns its
	 * path.
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			var target = SCREENSHOTS.resolve(name + ".png");
			Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Logs in through the login form. */
	public Browser login(String email, String password) {
		go("/admin/login");
		fill("E-mail", email);
		fill("Adgangskode", password);
		click("Log ind");
		return this;
	}

	/** Sets the window to {@code width} CSS pixels wide (viewport), 900 high. */
	public Browser width(int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		long inner = ((Number) js("return window.innerWidth")).longValue();
		long corrected = 2L * width - inner;
		if (inner != width && corrected > 200 && corrected < 4000) {
			// The window's frame (a scrollbar, borders) takes some of its width.
			driver.manage().window().setSize(new Dimension((int) corrected, 900));
		}
		return this;
	}

	public Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/**
	 * Saves a PNG of the whole page (the window stretched to the page's height) as
	 * {@code target/screenshots/<name>.png}.
	 */
	public Path fullScreenshot(String name) {
		var size = driver.manage().window().getSize();
		long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
		long inner = ((Number) js("return window.innerHeight")).longValue();
		driver.manage()
			.window()
			.setSize(new Dimension(size.getWidth(), (int) Math.min(height + size.getHeight() - inner, 8000)));
		try {
			return screenshot(name);
		}
		finally {
			driver.manage().window().setSize(size);
		}
	}

	/**
	 * What a person would notice as broken layout on the current page: a page wider than
	 * the window (horizontal scrolling), visible elements drawn over each other, and text
	 * running out of its box. Empty when the layout is sound.
	 */
	@SuppressWarnings("unchecked")
	public List<String> layoutProblems() {
		return (List<String>) js(resource("/layout-check.js"));
	}

	/**
	 * Runs axe-core (from npm, copied into the test resources by the build) on the
	 * current page and returns the WCAG 2.1 A and AA violations, one line each with the
	 * elements concerned.
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		if (axeSource == null) {
			axeSource = resource("/axe/axe.min.js");
		}
		// Loading axe and running it on a long page takes long when the machine is busy
		// (other builds running): the script timeout covers both.
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
			js(axeSource);
		}
		var result = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
						    resultTypes: ['violations'] })
						  .then(function (r) {
						    done(r.violations.map(function (v) {
						      return { id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) {
						        return n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\s+/g, ' ') + ')' : ''); }) };
						    }));
						  })
						  .catch(function (e) { done([{ id: 'axe-error', help: String(e), nodes: [] }]); });
						""");
		var lines = new ArrayList<String>();
		for (var violation : result) {
			lines.add(violation.get("id") + ": " + violation.get("help") + " " + violation.get("nodes"));
		}
		return lines;
	}

	private static String resource(String name) {
		try (var in = Browser.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is not on the test classpath (the build copies it)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		if (!shared) {
			driver.quit();
		}
	}

}
