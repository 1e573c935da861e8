package com.gridloop.strategy.offer;

/** The four marketing scenarios of a power supply company. */
public enum Scenario {

	/** 拉新: new connections and capacity expansion. */
	ACQUISITION,
	/** 促活: time-of-use tariffs, app tasks, visits. */
	ACTIVATION,
	/** 留存: risk signals to service actions. */
	RETENTION,
	/** 增值: efficiency audits, reactive-power compensation, PV and storage. */
	VALUE_ADDED

}
