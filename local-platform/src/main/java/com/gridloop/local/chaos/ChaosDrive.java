package com.gridloop.local.chaos;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import com.gridloop.datagen.ResponseSimulator;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.local.demo.LoopRun;
import com.gridloop.local.demo.PlatformClient;
import tools.jackson.databind.JsonNode;

/**
 * The work the platform does while faults happen, driven through the REST APIs as users
 * would, and as patient as they are: a customer archive and a file of meter readings,
 * tags for every customer, one time-of-use campaign contacted through the gateway
 * simulator, the conversions recorded, and the result. A request that finds its service
 * down is sent again once it is back; an upload a restart interrupted is uploaded again.
 */
final class ChaosDrive {

	/** The stages, in order; faults are planned in them. */
	static final List<String> STAGES = List.of("customers", "readings", "profile", "campaign", "reach", "outcomes");

	static final String CAMPAIGN = "Chaos: time-of-use for households";

	/** How much data, from which seed. */
	record Workload(int customers, long readings, long seed, Duration stageTimeout) {
	}

	/** What the drive itself did: each stage's length and the conversions it recorded. */
	record Result(Map<String, Long> stageMillis, String campaignId, long recorded) {
	}

	private final ChaosPlatform platform;

	private final PlatformClient client;

	private final Backlog backlog;

	private final Path work;

	private final PrintStream out;

	ChaosDrive(ChaosPlatform platform, Backlog backlog, Path work, Duration patience, PrintStream out) {
		this.platform = platform;
		this.backlog = backlog;
		this.client = platform.client(patience);
		this.work = work;
		this.out = out;
	}

	Result run(Workload load, Consumer<String> stages) throws IOException, InterruptedException {
		Map<String, Long> millis = new LinkedHashMap<>();
		Population population = population(load);
		// The files first: a stage is the platform's work, not the generator's.
		Path archive = this.work.resolve("archive.csv");
		try (BufferedWriter w = Files.newBufferedWriter(archive, StandardCharsets.UTF_8)) {
			population.writeCustomersCsv(w);
		}
		Path readings = this.work.resolve("readings.csv");
		try (BufferedWriter w = Files.newBufferedWriter(readings, StandardCharsets.UTF_8)) {
			new ReadingsWriter(population).write(w);
		}
		long t = start("customers", stages);
		upload("customers", "archive.csv", archive);
		millis.put("customers", ms(t));

		t = start("readings", stages);
		upload("readings", "readings.csv", readings);
		millis.put("readings", ms(t));

		t = start("profile", stages);
		JsonNode ingested = this.client.get("ingestion", "/api/v1/ingestion/stats", "analyst");
		long facts = ingested.get("dailyFacts").asLong();
		long customers = ingested.get("customers").asLong();
		JsonNode profile = this.client.await("profile", "/api/v1/profile/stats", "analyst",
				s -> s.get("usageDays").asLong() >= facts && s.get("pendingRefresh").asLong() == 0
						&& s.get("profiled").asLong() >= customers,
				load.stageTimeout(), "profile to tag every customer");
		millis.put("profile", ms(t));

		t = start("campaign", stages);
		this.client.await("strategy", "/api/v1/strategy/stats", "marketer",
				s -> s.get("customersWithTags").asLong() >= profile.get("profiled").asLong(), load.stageTimeout(),
				"strategy to receive every tag snapshot");
		JsonNode campaign = launch();
		String id = campaign.get("id").asString();
		long treatment = campaign.get("treatment").asLong();
		long targets = campaign.get("targets").asLong();
		millis.put("campaign", ms(t));

		t = start("reach", stages);
		this.client.await("reach", "/api/v1/reach/stats", "manager",
				s -> s.get("targets").asLong() >= targets && s.get("dispatched").asLong() + s.get("suppressed").asLong()
						+ s.get("managerVisits").asLong() >= treatment,
				load.stageTimeout(), "reach to contact, suppress or hand to a manager every treatment target");
		millis.put("reach", ms(t));

		t = start("outcomes", stages);
		long recorded = playOutcomes(population, load.seed(), id);
		this.client.await("evaluation", "/api/v1/campaigns/" + id + "/results", "analyst",
				r -> r.get("treatment").get("conversions").asLong()
						+ r.get("control").get("conversions").asLong() >= recorded
						&& r.get("treatment").get("customers").asLong()
								+ r.get("control").get("customers").asLong() >= targets,
				load.stageTimeout(), "evaluation of the campaign");
		millis.put("outcomes", ms(t));
		return new Result(millis, id, recorded);
	}

	/**
	 * The generated customers, with as many days of interval data as make about the
	 * readings asked for.
	 */
	static Population population(Workload load) {
		GeneratorConfig oneDay = GeneratorConfig.defaults(load.seed(), load.customers(), 1);
		long perDay = Math.max(1, new ReadingsWriter(new Population(oneDay)).count().rows());
		int days = (int) Math.max(1, Math.round(load.readings() / (double) perDay));
		return new Population(GeneratorConfig.defaults(load.seed(), load.customers(), days));
	}

	private long start(String stage, Consumer<String> stages) {
		say("  %s ...", stage);
		stages.accept(stage);
		return System.nanoTime();
	}

	/**
	 * Uploads a file until a batch completes (or is recognised as one that did): a batch
	 * a restart interrupted is failed by ingestion and uploaded again, as a user would.
	 */
	private void upload(String source, String fileName, Path file) {
		for (int attempt = 1;; attempt++) {
			JsonNode batch = this.client.postStream("ingestion",
					"/api/v1/batches/" + source + "?wait=true&fileName=" + fileName, "analyst", "text/csv",
					() -> open(file));
			String status = batch.get("status").asString();
			say("    %s upload %d: %s, %,d rows, %,d accepted", source, attempt, status,
					batch.path("received").asLong(), batch.path("accepted").asLong());
			if (status.equals("COMPLETED") || status.equals("DUPLICATE")) {
				return;
			}
			if (attempt >= 10) {
				throw new IllegalStateException("The " + source + " upload failed ten times: " + batch);
			}
		}
	}

	private static InputStream open(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Creates and launches the campaign once: a request whose answer was lost is not sent
	 * blindly again, the campaign is looked up first, as a marketer would.
	 */
	private JsonNode launch() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", CAMPAIGN);
		request.put("scenario", "ACTIVATION");
		request.put("controlShare", 0.2);
		request.put("offerCode", "TOU_TARIFF");
		request.put("channel", "APP_PUSH");
		request.put("audienceRule", "category = 'RESIDENTIAL'");
		PlatformClient once = this.platform.client(Duration.ZERO);
		for (int attempt = 1; attempt <= 20; attempt++) {
			JsonNode campaign = find();
			try {
				if (campaign == null) {
					campaign = once.postJson("strategy", "/api/v1/campaigns", "marketer", request);
				}
				if ("DRAFT".equals(campaign.get("status").asString())) {
					campaign = once.postJson("strategy",
							"/api/v1/campaigns/" + campaign.get("id").asString() + "/launch", "marketer", Map.of());
				}
				return campaign;
			}
			catch (IllegalStateException ex) {
				say("    campaign: %s; looking it up and trying again", ex.getMessage());
			}
		}
		throw new IllegalStateException("The campaign could not be launched");
	}

	private JsonNode find() {
		for (JsonNode c : this.client.get("strategy", "/api/v1/campaigns", "marketer")) {
			if (CAMPAIGN.equals(c.get("name").asString())) {
				return c;
			}
		}
		return null;
	}

	/**
	 * Plays every target's answer from the planted truth and records the conversions in
	 * reach (a repeated batch records nothing twice); returns how many.
	 */
	private long playOutcomes(Population population, long seed, String campaignId) {
		Map<String, SyntheticCustomer> byId = LoopRun.customersById(this.client, population);
		ResponseSimulator simulator = new ResponseSimulator(seed);
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (JsonNode target : this.client.campaignTargets(campaignId, "marketer")) {
			String customerId = target.get("customerId").asString();
			boolean treated = "TREATMENT".equals(target.get("arm").asString());
			if (simulator.converts(byId.get(customerId), CAMPAIGN, target.get("offerCode").asString(), treated)) {
				outcomes.add(Map.of("campaignId", campaignId, "customerId", customerId, "outcome", "CONVERTED",
						"source", treated ? "CHANNEL" : "BUSINESS_SYSTEM"));
			}
		}
		for (int from = 0; from < outcomes.size(); from += 1000) {
			this.client.postJson("reach", "/api/v1/outcomes/batch", "system",
					outcomes.subList(from, Math.min(outcomes.size(), from + 1000)));
		}
		return outcomes.size();
	}

	private void say(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
