package com.gridloop.ingestion.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.gridloop.ingestion.batch.BatchFinished;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures a finished batch on the five quality dimensions, judges each against its
 * thresholds, keeps the history with the line numbers of failing records, and exposes the
 * latest measure per source as a gauge.
 */
@Component
public class QualityAssessor {

	/** Reasons that mean a reference did not resolve, for consistency. */
	private static final Set<String> UNRESOLVED = Set.of("UNKNOWN_METER", "UNKNOWN_ACCOUNT", "UNKNOWN_CODE");

	/** One measure and its verdict. */
	public record Measure(QualityDimension dimension, double value, String status, double warn, double fail,
			long numerator, long denominator, List<Long> failingLines) {
	}

	private final JdbcTemplate jdbc;

	private final QualityProperties properties;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final Map<String, AtomicReference<Double>> latest = new ConcurrentHashMap<>();

	QualityAssessor(JdbcTemplate jdbc, QualityProperties properties, JsonMapper json, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.json = json;
		this.meters = meters;
	}

	/** Measures each batch as it completes. */
	@EventListener
	void on(BatchFinished finished) {
		assess(finished.batchId(), finished.source(), finished.tally());
	}

	/** Measures, stores and publishes as gauges; returns the measures. */
	public List<Measure> assess(UUID batchId, Source source, BatchTally t) {
		List<Measure> measures = new ArrayList<>();
		long rows = t.received;
		long unresolved = t.unresolvedReferences + t.contradictions;
		for (String reason : UNRESOLVED) {
			unresolved += t.reasons.getOrDefault(reason, 0L);
		}
		if (source == Source.READINGS) {
			measures.add(measure(batchId, QualityDimension.COMPLETENESS, t.filledSlots, t.expectedSlots, List.of()));
			measures.add(measure(batchId, QualityDimension.TIMELINESS, t.timelyMeterDays, t.meterDays, List.of()));
		}
		else {
			measures.add(measure(batchId, QualityDimension.COMPLETENESS, t.fieldsPresent, t.fieldsPossible, List.of()));
		}
		measures.add(measure(batchId, QualityDimension.UNIQUENESS, rows - t.duplicates, rows, List.of()));
		measures
			.add(measure(batchId, QualityDimension.VALIDITY, rows - t.quarantined, rows, failingLines(batchId, null)));
		measures.add(measure(batchId, QualityDimension.CONSISTENCY, rows - unresolved, rows,
				failingLines(batchId, UNRESOLVED)));
		for (Measure m : measures) {
			this.jdbc.update("""
					insert into quality_measure (batch_id, source, dimension, value, status, warn, fail, numerator,
					  denominator, failing_lines) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", batchId,
					source.name(), m.dimension().name(), m.value(), m.status(), m.warn(), m.fail(), m.numerator(),
					m.denominator(), this.json.writeValueAsString(m.failingLines()));
			gauge(source, m.dimension()).set(m.value());
		}
		return measures;
	}

	private Measure measure(UUID batchId, QualityDimension dimension, long good, long all, List<Long> lines) {
		double value = all == 0 ? 1.0 : (double) good / all;
		QualityProperties.Threshold th = this.properties.threshold(dimension);
		String status = value < th.fail() ? "FAIL" : value < th.warn() ? "WARN" : "PASS";
		return new Measure(dimension, value, status, th.warn(), th.fail(), good, all, lines);
	}

	/**
	 * Up to 50 line numbers of quarantined rows, optionally only those with the given
	 * reasons.
	 */
	private List<Long> failingLines(UUID batchId, Set<String> reasons) {
		if (reasons == null) {
			return this.jdbc.queryForList(
					"select line_no from quarantine_row where batch_id = ? order by line_no limit 50", Long.class,
					batchId);
		}
		return this.jdbc.queryForList(
				"""
						select line_no from quarantine_row where batch_id = ? and reason_code = any(?) order by line_no limit 50""",
				Long.class, batchId, reasons.toArray(String[]::new));
	}

	private AtomicReference<Double> gauge(Source source, QualityDimension dimension) {
		return this.latest.computeIfAbsent(source + "/" + dimension, k -> {
			AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
			Gauge.builder("gridloop.ingestion.quality", value, AtomicReference::get)
				.description("Latest data quality measure per source and dimension (1 is perfect)")
				.tag("source", source.name())
				.tag("dimension", dimension.name())
				.register(this.meters);
			return value;
		});
	}

}
