package com.gridloop.ingestion.batch;

/** Kinds of file ingestion accepts. */
public enum Source {

	/** Customer archive extract from the marketing system. */
	CUSTOMERS,

	/** Interval readings from the metering system. */
	READINGS,

	/**
	 * Archive updates: transformer area, account status and closing date of known
	 * customers.
	 */
	CUSTOMER_UPDATES,

	/** Monthly bills and their payments. */
	BILLS,

	/** 95598 service tickets. */
	TICKETS,

	/** App and WeChat activity events, as JSON lines. */
	APP_EVENTS,

	/** Outages per transformer area. */
	OUTAGES,

	/** Daily temperatures per region. */
	WEATHER,

	/**
	 * Daily frozen register readings (total and time-of-use registers) of meters without
	 * interval data.
	 */
	REGISTERS,

	/**
	 * Connection and capacity-expansion applications (报装/增容申请), resolved to a customer or
	 * kept as prospects.
	 */
	CONNECTION_APPLICATIONS,

	/**
	 * Account managers: staff no., name, team, region, weekly capacity and the
	 * transformer areas a grid manager serves.
	 */
	MANAGERS

}
