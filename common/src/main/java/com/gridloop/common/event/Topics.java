package com.gridloop.common.event;

import java.util.List;

/**
 * Every topic name, in one place. Topics are keyed by customer id unless their comment
 * says otherwise.
 */
public final class Topics {

	/**
	 * Interval readings streamed by the metering head-end into ingestion, keyed by meter
	 * number: one JSON object per message with {@code meterNo}, {@code intervalStart},
	 * {@code intervalMinutes} and {@code kwh}.
	 */
	public static final String METER_READINGS = "gridloop.source.meter-readings";

	/** Customers linked, changed, merged or split by ingestion. */
	public static final String CUSTOMERS = "gridloop.ingestion.customers";

	/** One usage fact per customer and day. */
	public static final String USAGE_DAILY = "gridloop.ingestion.usage-daily";

	/** Monthly bills and their payments. */
	public static final String BILLS = "gridloop.ingestion.bills";

	/** 95598 service tickets (keyed by ticket id when no customer could be linked). */
	public static final String TICKETS = "gridloop.ingestion.tickets";

	/** App activity per customer and day. */
	public static final String ACTIVITY = "gridloop.ingestion.activity";

	/** Outages, keyed by transformer area. */
	public static final String OUTAGES = "gridloop.ingestion.outages";

	/** Daily temperatures, keyed by region. */
	public static final String WEATHER = "gridloop.ingestion.weather";

	/**
	 * Connection and capacity-expansion applications (报装/增容), keyed by application
	 * number: one application's states keep their order whether or not it has a customer.
	 */
	public static final String APPLICATIONS = "gridloop.ingestion.applications";

	/** Account managers, keyed by staff no. */
	public static final String MANAGERS = "gridloop.ingestion.managers";

	/** The latest tag snapshot of each customer: a compacted topic. */
	public static final String TAG_SNAPSHOTS = "gridloop.profile.tag-snapshots";

	/**
	 * Segment membership changes of segmentation runs, a chunk per event, keyed by run
	 * id.
	 */
	public static final String SEGMENT_CHANGES = "gridloop.profile.segment-changes";

	/** Campaign lifecycle, keyed by campaign id. */
	public static final String CAMPAIGNS = "gridloop.strategy.campaigns";

	/** Target list entries: who, which offer, which arm. */
	public static final String TARGETS = "gridloop.strategy.targets";

	/** Messages dispatched, outcomes recorded and consents granted or withdrawn. */
	public static final String REACH_EVENTS = "gridloop.reach.events";

	/** Campaign results, keyed by campaign id. */
	public static final String EVALUATIONS = "gridloop.evaluation.results";

	/** Topics whose records are the latest state per key, kept by log compaction. */
	public static final List<String> COMPACTED = List.of(TAG_SNAPSHOTS);

	public static final List<String> ALL = List.of(METER_READINGS, CUSTOMERS, USAGE_DAILY, BILLS, TICKETS, ACTIVITY,
			OUTAGES, WEATHER, APPLICATIONS, MANAGERS, TAG_SNAPSHOTS, SEGMENT_CHANGES, CAMPAIGNS, TARGETS, REACH_EVENTS,
			EVALUATIONS);

	private Topics() {
	}

	/** Where events a consumer cannot handle go, with the error in the record headers. */
	public static String deadLetter(String topic) {
		return topic + ".dlt";
	}

}
