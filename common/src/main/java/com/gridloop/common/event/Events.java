package com.gridloop.common.event;

/**
 * The event types of the loop. Payload records belong to the producing service; consumers
 * keep their own trimmed copies, so a new field never forces every service to upgrade
 * together.
 */
public final class Events {

	public static final EventType CUSTOMER_LINKED = new EventType(Topics.CUSTOMERS, "CustomerLinked", 1);

	public static final EventType CUSTOMER_UPDATED = new EventType(Topics.CUSTOMERS, "CustomerUpdated", 1);

	public static final EventType IDENTITY_LINKED = new EventType(Topics.CUSTOMERS, "IdentityLinked", 1);

	public static final EventType CUSTOMER_MERGED = new EventType(Topics.CUSTOMERS, "CustomerMerged", 1);

	public static final EventType CUSTOMER_SPLIT = new EventType(Topics.CUSTOMERS, "CustomerSplit", 1);

	/**
	 * A customer's personal data was erased in ingestion: every service drops its copies
	 * (ids, facts and aggregates stay).
	 */
	public static final EventType CUSTOMER_ERASED = new EventType(Topics.CUSTOMERS, "CustomerErased", 1);

	public static final EventType BILL_RECORDED = new EventType(Topics.BILLS, "BillRecorded", 1);

	public static final EventType TICKET_RECORDED = new EventType(Topics.TICKETS, "TicketRecorded", 1);

	public static final EventType ACTIVITY_RECORDED = new EventType(Topics.ACTIVITY, "ActivityRecorded", 1);

	public static final EventType OUTAGE_RECORDED = new EventType(Topics.OUTAGES, "OutageRecorded", 1);

	public static final EventType WEATHER_RECORDED = new EventType(Topics.WEATHER, "WeatherRecorded", 1);

	public static final EventType CONNECTION_APPLICATION_RECORDED = new EventType(Topics.APPLICATIONS,
			"ConnectionApplicationRecorded", 1);

	/** An account manager as the managers file gives them; keyed by staff no. */
	public static final EventType MANAGER_RECORDED = new EventType(Topics.MANAGERS, "ManagerRecorded", 1);

	public static final EventType USAGE_RECORDED = new EventType(Topics.USAGE_DAILY, "CustomerDayUsageRecorded", 1);

	public static final EventType TAG_SNAPSHOT_PUBLISHED = new EventType(Topics.TAG_SNAPSHOTS, "TagSnapshotPublished",
			1);

	public static final EventType SEGMENT_CHANGED = new EventType(Topics.SEGMENT_CHANGES, "SegmentsChanged", 1);

	public static final EventType CAMPAIGN_LAUNCHED = new EventType(Topics.CAMPAIGNS, "CampaignLaunched", 1);

	public static final EventType TARGET_ASSIGNED = new EventType(Topics.TARGETS, "TargetAssigned", 1);

	public static final EventType MESSAGE_DISPATCHED = new EventType(Topics.REACH_EVENTS, "MessageDispatched", 1);

	public static final EventType OUTCOME_RECORDED = new EventType(Topics.REACH_EVENTS, "OutcomeRecorded", 1);

	public static final EventType CONSENT_GRANTED = new EventType(Topics.REACH_EVENTS, "ConsentGranted", 1);

	public static final EventType CONSENT_WITHDRAWN = new EventType(Topics.REACH_EVENTS, "ConsentWithdrawn", 1);

	public static final EventType CAMPAIGN_EVALUATED = new EventType(Topics.EVALUATIONS, "CampaignEvaluated", 1);

	private Events() {
	}

}
