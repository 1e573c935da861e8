package com.gridloop.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.acquisition.ConnectionApplications;
import tools.jackson.databind.JsonNode;

/**
 * The acquisition part of the demo: the connection applications upload, two months of
 * interval data before the reading period for the large industrial meters (the demand
 * meters whose monthly maximum the capacity rule reads), and what strategy made of them.
 */
final class AcquisitionStage {

	/** Months of demand the capacity rule needs before the reading period's own. */
	private static final int BACK_FILL_MONTHS = 2;

	private final PlatformClient client;

	private final GeneratedUploads uploads;

	private final PrintStream out;

	private final AtomicReference<ConnectionApplications.Stats> planted = new AtomicReference<>();

	AcquisitionStage(PlatformClient client, GeneratedUploads uploads, PrintStream out) {
		this.client = client;
		this.uploads = uploads;
		this.out = out;
	}

	/** Uploads the applications; returns the rows accepted. */
	long applications(Population population) {
		return this.uploads.source("connection-applications",
				w -> this.planted.updateAndGet(before -> new ConnectionApplications(population).write(w)));
	}

	/** Uploads the large industrial meters' readings of the months before the period. */
	JsonNode backFill(Population population, ReadingsWriter readings) {
		LocalDate first = population.config().firstDay();
		LocalDate from = first.minusMonths(BACK_FILL_MONTHS).withDayOfMonth(1);
		ReadingsWriter earlier = readings.backFill(from, (int) ChronoUnit.DAYS.between(from, first),
				AcquisitionStage::demandMetered);
		return this.uploads.readings(earlier, new AtomicReference<>(), "readings-back-fill.csv");
	}

	private static boolean demandMetered(SyntheticCustomer c) {
		return c.category() == Archetype.Category.LARGE_INDUSTRIAL;
	}

	/**
	 * Waits for strategy to have read every usage fact and application, and reports its
	 * leads.
	 */
	DemoSummary.Acquisition leads(Population population, long facts, long uploaded, Duration timeout) {
		JsonNode stats = this.client.await("strategy", "/api/v1/acquisition/stats", "marketer",
				s -> s.get("usageFactsSeen").asLong() >= facts && s.get("applications").asLong() >= uploaded, timeout,
				"strategy to read every usage fact and application");
		long outgrown = population.customers().stream().filter(SyntheticCustomer::outgrown).count();
		DemoSummary.Acquisition r = new DemoSummary.Acquisition(uploaded, stats.get("linkedApplications").asLong(),
				stats.get("prospects").asLong(), stats.get("expansionLeads").asLong(), outgrown);
		ConnectionApplications.Stats file = this.planted.get();
		say("            acquisition: %,d applications (%,d linked to customers, %,d prospects; the file named %,d "
				+ "accounts, %,d phones, %,d names only); %,d customers outgrowing their capacity (%,d planted)",
				r.applicationsUploaded(), r.applicationsLinked(), r.prospects(), file.byAccount(), file.byPhone(),
				file.byName(), r.expansionLeads(), outgrown);
		JsonNode areas = this.client.get("strategy", "/api/v1/acquisition/growth-areas?limit=3", "marketer");
		for (JsonNode a : areas) {
			say("            growth area %s %s: %,d customers, year on year %s, %d applications, %d expansion leads",
					a.path("regionCode").asString("-"), a.path("industry").asString("-"), a.get("customers").asLong(),
					a.hasNonNull("yoyGrowth") ? percent(a.get("yoyGrowth").asDouble())
							: "not known yet (24 bill months needed)",
					a.get("applications").asLong(), a.get("expansionLeads").asLong());
		}
		return r;
	}

	private static String percent(double v) {
		return String.format(Locale.ROOT, "%+.1f %%", 100 * v);
	}

	private void say(String format, Object... args) {
		this.out.println(String.format(Locale.ROOT, format, args));
	}

}
