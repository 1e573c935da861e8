package com.gridloop.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver. Without
 * them the browser tests are skipped with the install line, except on CI
 * ({@code CI=true}), where a missing browser fails. A failed test leaves a screenshot and
 * the page's source in {@code target/browser-failures/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GRIDLOOP_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("GRIDLOOP_CHROMEDRIVER", "/usr/bin/chromedriver"));

	static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

	private static Browser current;

	final WebDriver driver;

	final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/** A headless browser on the console, or the test skipped (failed on CI). */
	static Browser open(String baseUrl) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String message = "Browser tests need Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "); install them with: " + INSTALL;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message);
			}
			Assumptions.abort(message);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--lang=en-US");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		current = new Browser(new ChromeDriver(service, options), baseUrl);
		return current;
	}

	void get(String path) {
		this.driver.get(this.baseUrl + path);
	}

	void logIn(String user, String password) {
		// A fresh session: the previous user's cookie goes.
		get("/login");
		this.driver.manage().deleteAllCookies();
		get("/login");
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.id("login")).click();
		waitFor(By.cssSelector("header.top"));
	}

	void waitFor(By element) {
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

	/**
	 * The whole page, not just the first screen: the window grows to the page's height
	 * (at most 4,000 pixels) for the picture and is set back after it.
	 */
	Path pageScreenshot(Path file) {
		org.openqa.selenium.WebDriver.Window window = this.driver.manage().window();
		org.openqa.selenium.Dimension screen = window.getSize();
		Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollHeight");
		window.setSize(new org.openqa.selenium.Dimension(screen.getWidth(), Math.min(4000, height.intValue() + 140)));
		try {
			return screenshot(file);
		}
		finally {
			window.setSize(screen);
		}
	}

	Path screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		current = null;
	}

	/** Saves what the browser showed when a test failed. */
	static final class OnFailure implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (current == null) {
				return;
			}
			String name = context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName();
			Path dir = Path.of("target", "browser-failures");
			current.screenshot(dir.resolve(name + ".png"));
			try {
				Files.writeString(dir.resolve(name + ".html"),
						Optional.ofNullable(current.driver.getPageSource()).orElse(""), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
