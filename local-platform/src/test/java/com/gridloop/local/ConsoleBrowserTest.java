package com.gridloop.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import com.gridloop.datagen.AccountManagers;
import com.gridloop.local.demo.PlatformClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin console in a real headless Chromium against the platform the demo loop
 * filled: each role sees only its pages, a manager records an outcome in two taps on
 * their own call list and is refused another manager's customer, the segment page draws
 * its load shape and the results page shows the uplift's interval as evaluation computed
 * it.
 */
@ExtendWith({ DemoLoop.Extension.class, Browser.OnFailure.class })
@Order(2)
class ConsoleBrowserTest {

	private static Browser browser;

	private static PlatformClient client;

	@BeforeAll
	static void openTheBrowser() {
		DemoLoop loop = DemoLoop.get();
		client = loop.client;
		browser = Browser.open(loop.platform.baseUrl(LocalPlatform.CONSOLE));
	}

	@AfterAll
	static void closeTheBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void eachRoleSeesOnlyItsPagesAndIsRefusedTheOthers() {
		Map<String, List<String>> expected = Map.of("admin",
				List.of("home", "segments", "customers", "tags", "campaigns", "wizard", "data", "identity", "jobs"),
				"marketer", List.of("home", "segments", "customers", "tags", "campaigns", "wizard"), "analyst",
				List.of("home", "segments", "customers", "tags", "campaigns", "data", "identity", "jobs"),
				AccountManagers.DEMO_MANAGER, List.of("home", "calls"), AccountManagers.DEMO_TEAM_LEAD,
				List.of("home", "calls"));
		expected.forEach((user, pages) -> {
			browser.logIn(user, DemoUsers.password(user));
			assertThat(browser.driver.findElements(By.cssSelector("nav a")))
				.extracting(a -> a.getAttribute("id").substring("nav-".length()))
				.as(user)
				.containsExactlyElementsOf(pages);
			String closed = pages.contains("calls") ? "/segments" : "/calls";
			browser.get(closed);
			assertThat(browser.driver.findElement(By.id("error-status")).getText()).as(user + " on " + closed)
				.isEqualTo("403");
		});
		browser.logIn("analyst", DemoUsers.password("analyst"));
		browser.driver.findElement(By.id("logout")).click();
		browser.waitFor(By.id("username"));
		browser.get("/campaigns");
		assertThat(browser.driver.getCurrentUrl()).as("logged out").endsWith("/login");
	}

	@Test
	void aManagerRecordsAnOutcomeInTwoTapsAndCannotOpenAnotherManagersCustomer() throws Exception {
		String manager = AccountManagers.DEMO_MANAGER;
		browser.logIn(manager, DemoUsers.password(manager));
		browser.get("/calls");
		List<WebElement> tasks = browser.driver.findElements(By.cssSelector("li.task"));
		assertThat(tasks).as("the demo manager's open tasks").isNotEmpty();
		WebElement task = tasks.get(0);
		String taskId = task.getAttribute("id").substring("task-".length());
		String customerId = task.getAttribute("data-customer");

		task.findElement(By.tagName("summary")).click();
		task.findElement(By.cssSelector("button.choice.INTERESTED")).click();
		browser.waitFor(By.cssSelector(".recorded-outcome"));

		JsonNode rows = client.get("reach", "/api/v1/call-lists/customers/" + customerId, manager);
		assertThat(rows.valueStream().filter(r -> r.get("taskId").asString().equals(taskId)).findFirst())
			.hasValueSatisfying(r -> assertThat(r.get("lastContacts").asString()).contains("INTERESTED"));

		HttpResponse<String> csv = withSession("/calls/list.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("text/csv"));
		assertThat(csv.body()).contains(customerId);

		String othersCustomer = DemoLoop.get().platform.context("reach")
			.getBean(JdbcTemplate.class)
			.queryForObject("select customer_id from task where assignee <> ? limit 1", String.class, manager);
		browser.get("/calls/customers/" + othersCustomer);
		assertThat(browser.driver.findElement(By.id("error-status")).getText()).isEqualTo("403");
		assertThat(browser.driver.findElement(By.id("error-detail")).getText()).contains("not on your call list");
	}

	@Test
	void theSegmentPageDrawsTheLoadShapeAndExportsItsMembers() throws Exception {
		browser.logIn("analyst", DemoUsers.password("analyst"));
		browser.get("/segments");
		List<WebElement> links = browser.driver.findElements(By.cssSelector("a.segment-link"));
		assertThat(links).as("segments of the demo's nightly run").isNotEmpty();
		// Each segment's size over the last runs, one line per segment of profile's
		// history.
		browser.waitFor(By.cssSelector("#sizes-chart[data-rendered=true]"));
		JsonNode sizes = client.get("profile", "/api/v1/segmentation/segment-sizes?runs=10", "analyst");
		assertThat(sizes).isNotEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("#sizes-chart svg path")))
			.hasSizeGreaterThanOrEqualTo(sizes.get(sizes.size() - 1).get("segments").size());
		JsonNode segments = client.get("profile", "/api/v1/segmentation/segments", "analyst");
		String code = segments.valueStream()
			.filter(s -> s.get("centroidShape").isArray() && s.get("centroidShape").size() == 24)
			.findFirst()
			.orElseThrow()
			.get("code")
			.asString();
		browser.get("/segments/" + code);
		browser.waitFor(By.cssSelector("#shape-chart[data-rendered=true]"));
		assertThat(browser.driver.findElements(By.cssSelector("#shape-chart svg path"))).hasSizeGreaterThan(1);
		assertThat(browser.driver.findElements(By.cssSelector("#members tbody tr"))).isNotEmpty();

		HttpResponse<String> csv = withSession("/segments/" + code + "/members.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body().lines().findFirst()).hasValue("customer_id,segment,reason");
		keep(chinese("/segments/" + code, "#shape-chart[data-rendered=true]", "console-segment.png"));
	}

	@Test
	void theCustomer360ShowsUsageByBandContactsAndPersonalDataAsIngestionMasksIt() {
		String customer = DemoLoop.get().platform.context("reach")
			.getBean(JdbcTemplate.class)
			.queryForObject("select customer_id from dispatch order by customer_id limit 1", String.class);
		browser.logIn("analyst", DemoUsers.password("analyst"));
		browser.get("/customers/" + customer);
		browser.waitFor(By.cssSelector("#bands-chart[data-rendered=true]"));
		assertThat(browser.driver.findElements(By.cssSelector("#day-shape-chart svg path"))).hasSizeGreaterThan(1);
		assertThat(browser.driver.findElements(By.cssSelector("#contacts tr.contact.DISPATCH"))).isNotEmpty();
		// One place masks: the console shows the phone exactly as ingestion gave it to an
		// analyst.
		String phone = client.get("ingestion", "/api/v1/customers/" + customer, "analyst").path("phone").asString("");
		assertThat(phone).contains("*");
		assertThat(browser.driver.findElement(By.id("phone")).getText()).isEqualTo(phone);
	}

	@Test
	void anAnalystUploadsAFileThroughTheConsole() throws Exception {
		Path file = Files.createTempFile("console-upload-", ".csv");
		Files.writeString(file, "customer_no,meter_no,category,tariff_code\nBT-0001,BT-0001,RESIDENTIAL,HB-RES\n");
		browser.logIn("analyst", DemoUsers.password("analyst"));
		browser.get("/data");
		new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("source")))
			.selectByValue("customers");
		browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.driver.findElement(By.id("upload")).click();
		browser.waitFor(By.id("uploaded"));
		assertThat(browser.driver.findElement(By.id("uploaded")).getText()).contains(file.getFileName().toString());
		JsonNode batches = client.get("ingestion", "/api/v1/batches?size=20", "analyst").get("content");
		assertThat(batches.valueStream().map(b -> b.get("fileName").asString()))
			.contains(file.getFileName().toString());
		Files.delete(file);
	}

	@Test
	void theTagExplorerComparesATagAcrossGroupsWithIntervals() {
		browser.logIn("marketer", DemoUsers.password("marketer"));
		browser.get("/tags?tag=annual_kwh&groupBy=category");
		List<WebElement> groups = browser.driver.findElements(By.cssSelector("#groups tbody tr"));
		JsonNode stats = client.get("profile", "/api/v1/tags/annual_kwh/stats?groupBy=category", "analyst");
		assertThat(groups).hasSize(stats.get("groups").size()).isNotEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("#groups .ci-low"))).isNotEmpty();
	}

	@Test
	void aMarketerBuildsAnAudienceSeesThePreviewChangeAndLaunches() {
		browser.logIn("marketer", DemoUsers.password("marketer"));
		browser.get("/campaigns/new");
		browser.driver.findElement(By.id("name")).sendKeys("Browser test: residential time-of-use");
		new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("offer")))
			.selectByValue("TOU_TARIFF");
		long wide = previewCount("category = 'RESIDENTIAL'");
		long narrow = previewCount("category = 'RESIDENTIAL' AND valley_share >= 0.35");
		assertThat(narrow).as("the narrower rule selects fewer").isPositive().isLessThan(wide);
		WebElement rule = browser.driver.findElement(By.id("rule"));
		rule.sendKeys("category = 'RESIDENTIAL'");
		awaitCount(wide);
		rule.sendKeys(" AND valley_share >= 0.35");
		awaitCount(narrow);
		assertThat(browser.driver.findElements(By.id("power-hint"))).hasSize(1);
		// The benefit's histogram is drawn on every edit.
		browser.waitFor(By.cssSelector("#benefit-chart[data-rendered=true]"));
		// Step 3: the channel plan, with reach's contact policy as configured.
		JsonNode plan = client.get("reach", "/api/v1/reach/contact-plan", "marketer");
		assertThat(browser.driver.findElements(By.cssSelector("#contact-policy li.cap")))
			.hasSize(plan.get("caps").size())
			.isNotEmpty();
		new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("channel"))).selectByValue("SMS");
		browser.driver.findElement(By.id("fallbackHours")).sendKeys("24");

		browser.driver.findElement(By.id("create")).click();
		browser.waitFor(By.id("launch"));
		browser.driver.findElement(By.id("launch")).click();
		browser.waitFor(By.cssSelector("p.warning"));
		browser.driver.findElement(By.id("confirm")).click();
		browser.driver.findElement(By.id("launch")).click();
		browser.waitFor(By.id("target-count"));
		String id = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().lastIndexOf('/') + 1);
		JsonNode campaign = client.get("strategy", "/api/v1/campaigns/" + id, "marketer");
		assertThat(campaign.get("status").asString()).isEqualTo("LAUNCHED");
		assertThat(campaign.get("channel").asString()).isEqualTo("SMS");
		assertThat(campaign.get("fallbackHours").asInt()).isEqualTo(24);
		assertThat(number(browser.driver.findElement(By.id("target-count")).getText()))
			.isEqualTo(campaign.get("targets").asLong())
			.isPositive();
	}

	private static long previewCount(String rule) {
		return client
			.postJson("strategy", "/api/v1/audiences/preview", "marketer",
					Map.of("rule", rule, "offer_code", "TOU_TARIFF"))
			.get("count")
			.asLong();
	}

	/** Waits until the wizard's live preview shows this count. */
	private static void awaitCount(long expected) {
		String text = String.format(java.util.Locale.US, "%,d", expected);
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
			.until(d -> d.findElements(By.id("preview-count")).stream().anyMatch(e -> e.getText().equals(text)));
	}

	@Test
	void theResultsPageShowsTheUpliftsIntervalAsEvaluationComputedIt() {
		browser.logIn("analyst", DemoUsers.password("analyst"));
		String campaign = client.get("strategy", "/api/v1/campaigns", "marketer")
			.valueStream()
			.filter(c -> "LAUNCHED".equals(c.get("status").asString()) && c.get("treatment").asLong() > 0
					&& !c.get("name").asString().startsWith("Browser test"))
			.max(java.util.Comparator.comparingLong(c -> c.get("targets").asLong()))
			.orElseThrow()
			.get("id")
			.asString();
		JsonNode result = client.get("evaluation", "/api/v1/campaigns/" + campaign + "/results", "analyst");
		browser.get("/campaigns");
		browser.driver.findElement(By.cssSelector("a.campaign-link[href$='" + campaign + "']")).click();
		browser.waitFor(By.id("uplift"));
		WebElement interval = browser.driver.findElement(By.cssSelector("#uplift .interval"));
		assertThat(number(interval.findElement(By.className("ci-low")).getText()))
			.isEqualTo(round(result.get("upliftCiLow").asDouble() * 100));
		assertThat(number(interval.findElement(By.className("ci-high")).getText()))
			.isEqualTo(round(result.get("upliftCiHigh").asDouble() * 100));
		assertThat(interval.findElement(By.className("range")).getAttribute("style")).contains("width");
		assertThat(browser.driver
			.findElements(By.id(result.get("sampleRatioMismatch").asBoolean() ? "srm-warning" : "srm-ok"))).hasSize(1);
		// The kWh shift over time as evaluation serves it, and the learning's ranking of
		// offers.
		JsonNode shift = client.get("evaluation", "/api/v1/campaigns/" + campaign + "/results/load-shift", "analyst");
		if (shift.get("points").isEmpty()) {
			assertThat(browser.driver.findElements(By.id("shift-empty"))).hasSize(1);
		}
		else {
			browser.waitFor(By.cssSelector("#shift-chart[data-rendered=true]"));
			assertThat(browser.driver.findElements(By.cssSelector("#shift-chart svg path"))).hasSizeGreaterThan(1);
		}
		long offers = client.get("strategy", "/api/v1/learning", "analyst")
			.valueStream()
			.filter(e -> "*".equals(e.get("segment").asString()))
			.count();
		assertThat(browser.driver.findElements(By.cssSelector("#learned-offers tbody tr"))).hasSize((int) offers);
		keep(chinese("/campaigns/" + campaign, "#uplift", "console-results.png"));
	}

	@Test
	void anAnalystAcceptsAnIdentityReviewSeeingBothRecords() {
		String review = openReview();
		browser.logIn("analyst", DemoUsers.password("analyst"));
		browser.get("/identity");
		WebElement card = browser.driver.findElement(By.id("review-" + review));
		assertThat(card.findElements(By.cssSelector("tbody tr"))).hasSize(5);
		card.findElement(By.cssSelector("button.accept")).click();
		browser.waitFor(By.cssSelector(".notice"));
		assertThat(browser.driver.findElements(By.id("review-" + review))).isEmpty();
		assertThat(client.get("ingestion", "/api/v1/identity/reviews?status=OPEN&size=1000", "analyst")
			.valueStream()
			.noneMatch(r -> r.get("id").asString().equals(review))).isTrue();
	}

	/**
	 * An open review: the demo's if it left one, else one made by resolving doubtful
	 * variants of an archive customer (same name and address, another phone or a changed
	 * address).
	 */
	private static String openReview() {
		JsonNode open = client.get("ingestion", "/api/v1/identity/reviews?status=OPEN&size=1", "analyst");
		if (open.isEmpty()) {
			String id = client.get("profile", "/api/v1/segmentation/segments", "analyst").get(0).get("code").asString();
			String customerId = client
				.get("profile", "/api/v1/segmentation/segments/" + id + "/members?size=1", "analyst")
				.get(0)
				.get("customerId")
				.asString();
			JsonNode c = client.get("ingestion", "/api/v1/customers/" + customerId, "analyst");
			String name = c.get("name").asString();
			String address = c.path("address").asString("");
			String region = c.path("regionCode").asString(null);
			List<Map<String, Object>> variants = new java.util.ArrayList<>();
			String[][] shapes = { { name, "13700000000", address }, { name, null, address + "附近" },
					{ name, "13700000001", address.isEmpty() ? "" : address.substring(0, address.length() / 2) } };
			for (int i = 0; i < shapes.length; i++) {
				Map<String, Object> v = new java.util.HashMap<>();
				v.put("recordId", "browser-test-" + i);
				v.put("source", "CRM");
				v.put("name", shapes[i][0]);
				v.put("phone", shapes[i][1]);
				v.put("address", shapes[i][2]);
				v.put("regionCode", region);
				variants.add(v);
			}
			client.postJson("ingestion", "/api/v1/identity/resolve", "analyst", variants);
			open = client.get("ingestion", "/api/v1/identity/reviews?status=OPEN&size=1", "analyst");
		}
		assertThat(open).as("an open identity review").isNotEmpty();
		return open.get(0).get("id").asString();
	}

	private static double number(String text) {
		return Double.parseDouble(text.replace(",", "").trim());
	}

	private static double round(double value) {
		return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_EVEN).doubleValue();
	}

	/** A download through the console in the browser's session. */
	private static HttpResponse<String> withSession(String path) throws Exception {
		String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.baseUrl + path))
				.header("Cookie", "JSESSIONID=" + session)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A page in the console's default language, Chinese (the browser asks for English),
	 * screenshot whole once the element shows.
	 */
	private static Path chinese(String path, String ready, String file) {
		browser.get(path + "?lang=zh_CN");
		browser.waitFor(By.cssSelector(ready));
		assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		return browser.pageScreenshot(Path.of("target", "screenshots", file));
	}

	/**
	 * The README's screenshots are refreshed from a run with
	 * {@code -Dgridloop.screenshots=docs}.
	 */
	private static void keep(Path screenshot) {
		if ("docs".equals(System.getProperty("gridloop.screenshots"))) {
			try {
				Files.copy(screenshot, Path.of("..", "docs", screenshot.getFileName().toString()),
						StandardCopyOption.REPLACE_EXISTING);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

}
