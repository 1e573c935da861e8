package com.gridloop.local.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.TimeOfUseShift;
import tools.jackson.databind.JsonNode;

/**
 * The time-of-use campaign on the meters. The campaign starts on a day past (the demo
 * runs weeks in minutes); after its launch and outcomes the metering system delivers its
 * targets' readings of the 28 days before that day and of the days since (evaluation
 * keeps the usage of campaign customers only, so they come after the assignments). From
 * the start day on, every target who took the tariff, in either arm, moves
 * {@link #SHIFT_SHARE} of each evening peak and sharp interval to the night valley. What
 * each moved is recorded as it is written: the planted effect is computed from it, not
 * read from the result.
 */
final class UsageShiftStage {

	/** Days since the campaign's start day, all complete (ingestion takes no future). */
	static final int POST_DAYS = 14;

	/** Evaluation's pre-period. */
	static final int PRE_DAYS = 28;

	/** Share of each peak and sharp interval a customer on the tariff moves. */
	static final double SHIFT_SHARE = 0.3;

	/**
	 * What the readings planted: kWh a day each target moved out of the peak (zero for
	 * those who did not take the tariff), by customer id.
	 */
	record Result(long rows, long customers, long shifters, Map<String, Double> movedPerDay) {
	}

	private final PlatformClient client;

	private final GeneratedUploads uploads;

	UsageShiftStage(PlatformClient client, GeneratedUploads uploads) {
		this.client = client;
		this.uploads = uploads;
	}

	/**
	 * The time-of-use campaign's start day: right after the generated period and its
	 * pre-period (the same days every run of a seed), or {@link #POST_DAYS} before today
	 * when that would reach into days not yet past.
	 */
	static LocalDate startsOn(GeneratorConfig config) {
		LocalDate afterData = config.firstDay().plusDays(config.days() + PRE_DAYS);
		LocalDate latest = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(POST_DAYS);
		return afterData.isBefore(latest) ? afterData : latest;
	}

	Result run(Population population, ReadingsWriter readings, ScenarioCampaign campaign,
			Map<String, SyntheticCustomer> byId, Duration timeout) {
		LocalDate start = startsOn(population.config());
		Map<String, String> idByNumber = new HashMap<>();
		campaign.arms().keySet().forEach(id -> idByNumber.put(byId.get(id).customerNo(), id));
		Map<String, Double> moved = new ConcurrentHashMap<>();
		idByNumber.values().forEach(id -> moved.put(id, 0.0));
		ReadingsWriter changed = readings.changed(start.minusDays(PRE_DAYS), PRE_DAYS + POST_DAYS,
				c -> idByNumber.containsKey(c.customerNo()), (c, date, kwh) -> {
					String id = idByNumber.get(c.customerNo());
					if (!date.isBefore(start) && campaign.converted().contains(id)) {
						moved.merge(id, TimeOfUseShift.apply(kwh, c.intervalMinutes(), SHIFT_SHARE) / POST_DAYS,
								Double::sum);
					}
				});
		JsonNode batch = this.uploads.readings(changed, new AtomicReference<>(), "readings-time-of-use.csv");
		long facts = this.client.get("ingestion", "/api/v1/ingestion/stats", "analyst").get("dailyFacts").asLong();
		long days = (long) idByNumber.size() * (PRE_DAYS + POST_DAYS);
		this.client.await("evaluation", "/api/v1/evaluation/stats", "analyst",
				s -> s.get("usageDays").asLong() >= days && s.get("pendingRefresh").asLong() == 0, timeout,
				"evaluation to keep the campaign customers' usage and refresh their results");
		this.client.await("profile", "/api/v1/profile/stats", "analyst",
				s -> s.get("usageDays").asLong() >= facts && s.get("pendingRefresh").asLong() == 0, timeout,
				"profile to read the new usage");
		long shifters = campaign.converted().stream().filter(moved::containsKey).count();
		return new Result(batch.get("accepted").asLong(), idByNumber.size(), shifters, Map.copyOf(moved));
	}

}
