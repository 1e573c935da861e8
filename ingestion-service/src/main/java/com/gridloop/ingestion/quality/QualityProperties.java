package com.gridloop.ingestion.quality;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Warn and fail thresholds per dimension (a measure below {@code warn} warns, below
 * {@code fail} fails), and how late a meter-day may arrive and still count as timely.
 */
@ConfigurationProperties("gridloop.ingestion.quality")
public record QualityProperties(@DefaultValue("48h") Duration timelinessLimit,
		Map<QualityDimension, Threshold> thresholds) {

	public QualityProperties {
		Map<QualityDimension, Threshold> all = new EnumMap<>(QualityDimension.class);
		all.put(QualityDimension.COMPLETENESS, new Threshold(0.98, 0.90));
		all.put(QualityDimension.UNIQUENESS, new Threshold(0.999, 0.99));
		all.put(QualityDimension.VALIDITY, new Threshold(0.999, 0.99));
		all.put(QualityDimension.CONSISTENCY, new Threshold(0.999, 0.99));
		all.put(QualityDimension.TIMELINESS, new Threshold(0.95, 0.80));
		if (thresholds != null) {
			all.putAll(thresholds);
		}
		thresholds = Map.copyOf(all);
	}

	public Threshold threshold(QualityDimension dimension) {
		return this.thresholds.get(dimension);
	}

	/** A measure below warn warns; below fail fails. */
	public record Threshold(double warn, double fail) {
	}

}
