package com.gridloop.strategy.tariff;

/**
 * A time-of-use band. London's High, Normal and Low signals are the peak, flat and valley
 * bands, as in ingestion's band split.
 */
public enum Band {

	SHARP, PEAK, FLAT, VALLEY;

	/** Sharp and peak: the bands a customer shifts load out of. */
	public boolean isPeak() {
		return this == SHARP || this == PEAK;
	}

}
