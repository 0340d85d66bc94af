package dk.seniorpartnerskab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

	private final ChromeDriver driver;

	private final String baseUrl;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
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
			return new Browser(driver, baseUrl);
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
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
		return this;
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

	@Override
	public void close() {
		driver.quit();
	}

}
