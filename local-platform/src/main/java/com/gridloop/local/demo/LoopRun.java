package com.gridloop.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import com.gridloop.datagen.AccountManagers;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import com.gridloop.datagen.ResponseSimulator;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.history.History;
import com.gridloop.datagen.history.HistoryWriter;
import tools.jackson.databind.JsonNode;

/**
 * Drives the whole loop once through the services' REST APIs, the way their users would:
 * upload an archive and a month of meter data, wait for tags, launch a time-of-use
 * campaign, let reach contact the treatment arm, play the customers' answers from the
 * planted truth, and read the evaluation.
 */
public final class LoopRun {

	/**
	 * The platform properties of a loop that runs weeks in minutes: the outbox polls
	 * often, and reach neither waits out the quiet hours nor the customers' active hours,
	 * which would hold messages for hours (the frequency caps and consent still apply).
	 */
	public static final Map<String, String> PLATFORM_PROPERTIES = Map.of("gridloop.outbox.poll-interval", "50ms",
			"gridloop.reach.policy.quiet-hours", "false", "gridloop.reach.policy.send-at-active-hour", "false");

	/** How big and how long, and how patient. */
	public record Plan(int customers, int days, long seed, double controlShare, Duration stageTimeout) {
	}

	private final PlatformClient client;

	private final PrintStream out;

	private final GeneratedUploads uploads;

	private final AcquisitionStage acquisition;

	public LoopRun(PlatformClient client, PrintStream out) {
		this.client = client;
		this.out = out;
		this.uploads = new GeneratedUploads(client);
		this.acquisition = new AcquisitionStage(client, this.uploads, out);
	}

	public DemoSummary run(Plan plan) {
		Map<String, Long> stages = new LinkedHashMap<>();
		Population population = new Population(GeneratorConfig.defaults(plan.seed(), plan.customers(), plan.days()));

		long t = System.nanoTime();
		JsonNode customers = this.uploads.customers(population);
		stages.put("ingest_customers", ms(t));
		say("1. data      customer archive: %d rows, %d accepted, %d quarantined (%d ms)",
				customers.get("received").asLong(), customers.get("accepted").asLong(),
				customers.get("quarantined").asLong(), stages.get("ingest_customers"));

		t = System.nanoTime();
		HistoryWriter history = new HistoryWriter(new History(population));
		Map<String, Long> sourceRows = new LinkedHashMap<>();
		sourceRows.put("customer-updates", this.uploads.source("customer-updates", history::writeArchiveExtension));
		sourceRows.put("bills", this.uploads.source("bills", history::writeBills));
		sourceRows.put("tickets", this.uploads.source("tickets", history::writeTickets));
		sourceRows.put("app-events", this.uploads.source("app-events", history::writeAppEvents));
		sourceRows.put("outages", this.uploads.source("outages", history::writeOutages));
		sourceRows.put("weather", this.uploads.source("weather", history::writeWeather));
		sourceRows.put("managers", this.uploads.source("managers", history::writeManagers));
		long applications = this.acquisition.applications(population);
		sourceRows.put("connection-applications", applications);
		stages.put("ingest_history", ms(t));
		say("            a year of history: %s rows accepted (%d ms)", sourceRows, stages.get("ingest_history"));

		t = System.nanoTime();
		ReadingsWriter readings = new ReadingsWriter(population);
		AtomicReference<ReadingsWriter.Stats> generated = new AtomicReference<>();
		JsonNode backFill = this.acquisition.backFill(population, readings);
		JsonNode batch = this.uploads.readings(readings, generated);
		stages.put("ingest_readings", ms(t));
		say("            readings back-filled for the demand meters: %,d rows, %,d accepted",
				backFill.get("received").asLong(), backFill.get("accepted").asLong());
		long rows = batch.get("received").asLong();
		say("            readings: %,d rows streamed, %,d accepted, %,d quarantined, %,d duplicates, %,d estimated; "
				+ "%,d daily facts (%d ms, %,.0f rows/s)", rows, batch.get("accepted").asLong(),
				batch.get("quarantined").asLong(), batch.get("duplicates").asLong(), batch.get("estimated").asLong(),
				batch.get("factsPublished").asLong(), stages.get("ingest_readings"),
				rows / Math.max(0.001, stages.get("ingest_readings") / 1000.0));

		t = System.nanoTime();
		long facts = this.client.get("ingestion", "/api/v1/ingestion/stats", "analyst").get("dailyFacts").asLong();
		long customerCount = customers.get("accepted").asLong();
		JsonNode profile = this.client.await("profile", "/api/v1/profile/stats", "analyst",
				s -> s.get("usageDays").asLong() >= facts && s.get("pendingRefresh").asLong() == 0
						&& s.get("profiled").asLong() >= customerCount,
				plan.stageTimeout(), "profile to tag every customer");
		stages.put("profile", ms(t));
		long profiled = profile.get("profiled").asLong();
		long tagValues = profile.get("tagValues").asLong();
		say("2. insight   %,d usage days over Kafka, %,d tag values on %,d customers (%d ms)",
				profile.get("usageDays").asLong(), tagValues, profiled, stages.get("profile"));

		// The nightly segmentation, run now instead of at 02:00.
		t = System.nanoTime();
		JsonNode started = this.client.postJson("profile", "/api/v1/segmentation/runs", "analyst", Map.of());
		String runId = started.get("id").asString();
		JsonNode run = this.client.await("profile", "/api/v1/segmentation/runs/" + runId, "analyst",
				r -> !r.get("status").asString().matches("QUEUED|RUNNING|SEGMENTED"), plan.stageTimeout(),
				"the segmentation run to finish");
		if (!"SUCCEEDED".equals(run.get("status").asString())) {
			throw new IllegalStateException("Segmentation run " + runId + " ended " + run);
		}
		Map<String, Long> segments = new LinkedHashMap<>();
		for (JsonNode s : this.client.get("profile", "/api/v1/segmentation/segments", "analyst")) {
			segments.put(s.get("code").asString(), s.get("size").asLong());
			say("            %-26s %6d customers  %-60s%s", s.get("code").asString(), s.get("size").asLong(),
					s.get("name").asString(), s.get("evaluable").asBoolean() ? "" : "  (too small to evaluate)");
		}
		this.client.await("profile", "/api/v1/profile/stats", "analyst", st -> st.get("pendingRefresh").asLong() == 0,
				plan.stageTimeout(), "tag snapshots with the new segments");
		stages.put("segmentation", ms(t));
		say("            segmentation run: %d segments over %,d customers (%d ms)", segments.size(),
				run.get("customers").asLong(), stages.get("segmentation"));
		for (JsonNode m : this.client.get("profile", "/api/v1/models", "analyst")) {
			JsonNode metrics = this.client.json(m.get("metrics").asString());
			if (!metrics.has("auc")) {
				if (metrics.has("mape")) {
					say("            load forecast %s: next 7 days of %,d customers; held-out week MAPE %.1f %% against "
							+ "%.1f %% for %s", m.get("version").asString(), metrics.get("customers").asLong(),
							metrics.get("mape").asDouble() * 100, metrics.get("baseline_mape").asDouble() * 100,
							metrics.get("baseline").asString());
				}
				continue;
			}
			say("            %-8s model %s: held-out AUC %.3f (baseline %s %.3f), Brier %.4f vs %.4f for the base rate",
					m.get("kind").asString(), m.get("version").asString(), metrics.get("auc").asDouble(),
					metrics.get("baseline_feature").asString(), metrics.get("baseline_auc").asDouble(),
					metrics.get("brier").asDouble(), metrics.get("base_rate_brier").asDouble());
		}

		t = System.nanoTime();
		this.client.await("strategy", "/api/v1/strategy/stats", "marketer",
				s -> s.get("customersWithTags").asLong() >= profiled, plan.stageTimeout(),
				"strategy to receive every tag snapshot");
		DemoSummary.Acquisition acquired = this.acquisition.leads(population, facts, applications, plan.stageTimeout());
		List<ScenarioCampaign> campaigns = DemoCampaigns.all(this.client, plan.controlShare(),
				UsageShiftStage.startsOn(population.config()));
		for (ScenarioCampaign c : campaigns) {
			JsonNode launched = c.launch();
			say("3. strategy  %-13s \"%s\": %,d targets (%,d treatment, %,d control), %,d excluded, %,d in the global "
					+ "holdout, %,d visits queued", launched.get("scenario").asString(), c.name(),
					c.treatment() + c.control(), c.treatment(), c.control(), launched.get("excluded").asLong(),
					launched.get("holdoutGlobal").asLong(), launched.get("queued").asLong());
		}
		stages.put("strategy", ms(t));
		long treatment = campaigns.stream().mapToLong(ScenarioCampaign::treatment).sum();
		long allTargets = campaigns.stream().mapToLong(c -> c.treatment() + c.control()).sum();

		t = System.nanoTime();
		JsonNode reach = this.client.await("reach", "/api/v1/reach/stats", "manager",
				s -> s.get("targets").asLong() >= allTargets && s.get("dispatched").asLong()
						+ s.get("suppressed").asLong() + s.get("managerVisits").asLong() >= treatment,
				plan.stageTimeout(), "reach to contact, suppress or hand to a manager every treatment target");
		stages.put("reach", ms(t));

		t = System.nanoTime();
		Map<String, SyntheticCustomer> byId = customersById(this.client, population);
		ResponseSimulator simulator = new ResponseSimulator(plan.seed());
		long recorded = 0;
		for (ScenarioCampaign c : campaigns) {
			recorded += c.playOutcomes(byId, simulator);
		}
		say("4. reach     %,d messages through the gateway simulator, %,d suppressed by the contact policy, %,d left "
				+ "for managers, %d to control targets; %,d conversions recorded (%d ms)",
				reach.get("dispatched").asLong(), reach.get("suppressed").asLong(), reach.get("managerVisits").asLong(),
				reach.get("controlContacted").asLong(), recorded, stages.get("reach") + ms(t));
		stages.put("outcomes", ms(t));

		t = System.nanoTime();
		CallListRound.Result calls = new CallListRound(this.client).run(plan.stageTimeout());
		stages.put("call_lists", ms(t));
		say("            %,d follow-up and visit tasks; account manager %s recorded %d call outcomes (%d ms)",
				calls.fallbackTasks(), AccountManagers.DEMO_MANAGER, calls.callListOutcomes(),
				stages.get("call_lists"));

		t = System.nanoTime();
		UsageShiftStage.Result shift = new UsageShiftStage(this.client, this.uploads).run(population, readings,
				campaigns.get(0), byId, plan.stageTimeout());
		stages.put("usage_shift", ms(t));
		say("            time-of-use: %,d readings of its %,d targets from %s on, %,d of them on the tariff moving "
				+ "%.0f %% of the evening peak to the night (%d ms)", shift.rows(), shift.customers(),
				UsageShiftStage.startsOn(population.config()).minusDays(UsageShiftStage.PRE_DAYS), shift.shifters(),
				100 * UsageShiftStage.SHIFT_SHARE, stages.get("usage_shift"));

		t = System.nanoTime();
		List<ScenarioCampaign.Summary> results = new ArrayList<>();
		JsonNode first = null;
		for (ScenarioCampaign c : campaigns) {
			JsonNode result = c.awaitResult(plan.stageTimeout());
			first = first == null ? result : first;
			results.add(c.summary(result, shift.movedPerDay()));
		}
		ScenarioCampaign lead = campaigns.get(0);
		JsonNode leadResult = first;
		this.client.await("strategy", "/api/v1/campaigns/" + lead.id(), "marketer", c -> c.hasNonNull("latestResult")
				&& c.get("latestResult").get("control").get("conversions").asLong() == leadResult.get("control")
					.get("conversions")
					.asLong()
				&& c.get("latestResult").get("treatment").get("conversions").asLong() == leadResult.get("treatment")
					.get("conversions")
					.asLong(),
				plan.stageTimeout(), "the result to flow back to strategy");
		stages.put("evaluation", ms(t));
		ScenarioCampaign.Summary s1 = results.get(0);
		DemoSummary summary = new DemoSummary(customerCount,
				batch.get("accepted").asLong() + backFill.get("accepted").asLong(),
				customers.get("quarantined").asLong() + batch.get("quarantined").asLong()
						+ backFill.get("quarantined").asLong(),
				batch.get("duplicates").asLong(), facts, profiled, tagValues, segments, s1.targetsTreatment(),
				s1.targetsControl(), s1.excluded(), s1.contacted(), s1.controlContacted(), s1.conversionsTreatment(),
				s1.conversionsControl(), s1.uplift(), s1.upliftCiLow(), s1.upliftCiHigh(), s1.upliftPlanted(),
				s1.sampleRatioPValue(), stages, acquired, results,
				this.client.get("strategy", "/api/v1/holdout", "marketer").get("heldOut").asLong(), reachSummary(calls),
				lead.powerMde());
		for (ScenarioCampaign.Summary r : results) {
			say("5. evaluation %-13s %-45s uplift %+.2f pp, 95%% CI [%+.2f, %+.2f] pp; planted %+.2f pp (%s); "
					+ "sample ratio p = %.3f", r.scenario(), r.offer(), 100 * r.uplift(), 100 * r.upliftCiLow(),
					100 * r.upliftCiHigh(), 100 * r.upliftPlanted(),
					Double.isNaN(r.uplift()) ? "not measurable"
							: r.plantedCovered() ? "inside the interval" : "OUTSIDE the interval",
					r.sampleRatioPValue());
			if (!Double.isNaN(r.kwhShift())) {
				say("              kWh shift %+.3f kWh/day per customer, 95%% CI [%+.3f, %+.3f]; planted %+.3f (%s)",
						r.kwhShift(), r.kwhShiftCiLow(), r.kwhShiftCiHigh(), r.kwhShiftPlanted(),
						r.kwhShiftCovered() ? "inside the interval" : "OUTSIDE the interval");
			}
		}
		say("            %s: an uplift below %.2f pp was unlikely to be detected (80 %% power)", lead.name(),
				100 * summary.powerMde());
		say("            results fed back to strategy (%d ms)", stages.get("evaluation"));
		return summary;
	}

	/** Messages by channel and the contact policy's suppressions and deferrals. */
	private DemoSummary.Reach reachSummary(CallListRound.Result calls) {
		JsonNode stats = this.client.get("reach", "/api/v1/reach/channels/stats", "manager");
		Map<String, Long> byChannel = new TreeMap<>();
		stats.get("dispatchedByChannel").properties().forEach(e -> byChannel.put(e.getKey(), e.getValue().asLong()));
		JsonNode suppressed = stats.get("policy").get("suppressed");
		JsonNode deferred = stats.get("policy").get("deferred");
		return new DemoSummary.Reach(byChannel, suppressed.path("consent").asLong(0),
				suppressed.path("frequency_cap").asLong(0), deferred.path("quiet_hours").asLong(0),
				calls.fallbackTasks(), calls.callListOutcomes());
	}

	/** The generated customers by the golden id ingestion gave them. */
	public static Map<String, SyntheticCustomer> customersById(PlatformClient client, Population population) {
		Map<String, SyntheticCustomer> byNumber = new HashMap<>();
		population.customers().forEach(c -> byNumber.put(c.customerNo(), c));
		Map<String, SyntheticCustomer> byId = new HashMap<>();
		for (String after = "";;) {
			JsonNode list = client.get("ingestion", "/api/v1/customers?size=10000&after="
					+ java.net.URLEncoder.encode(after, java.nio.charset.StandardCharsets.UTF_8), "analyst");
			list.forEach(n -> byId.put(n.get("customerId").asString(), byNumber.get(n.get("customerNo").asString())));
			if (list.size() < 10000) {
				return byId;
			}
			after = list.get(list.size() - 1).get("customerNo").asString();
		}
	}

	private void say(String format, Object... args) {
		this.out.println(String.format(java.util.Locale.ROOT, format, args));
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
