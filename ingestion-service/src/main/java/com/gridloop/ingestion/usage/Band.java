package com.gridloop.ingestion.usage;

/** Time-of-use price bands. */
public enum Band {

	SHARP, PEAK, FLAT, VALLEY

}
