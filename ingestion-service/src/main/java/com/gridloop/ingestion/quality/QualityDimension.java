package com.gridloop.ingestion.quality;

/**
 * The dimensions data quality is measured on, each as a share between 0 and 1 where 1 is
 * perfect.
 */
public enum QualityDimension {

	/** Share of expected values present (interval slots; optional archive fields). */
	COMPLETENESS,
	/** Share of rows that are not repeats of another row. */
	UNIQUENESS,
	/** Share of rows that passed validation. */
	VALIDITY,
	/**
	 * Share of rows whose references resolve across sources (meter to customer, tariff to
	 * the catalogue).
	 */
	CONSISTENCY,
	/**
	 * Share of meter-days that arrived within the timeliness limit after the day ended.
	 */
	TIMELINESS

}
