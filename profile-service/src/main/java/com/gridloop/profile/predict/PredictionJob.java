package com.gridloop.profile.predict;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.profile.analytics.Imputation;
import com.gridloop.profile.analytics.risk.InsufficientHistoryException;
import com.gridloop.profile.analytics.risk.LabeledHistory;
import com.gridloop.profile.analytics.risk.RiskEvaluation;
import com.gridloop.profile.analytics.risk.RiskModel;
import com.gridloop.profile.analytics.risk.SmileLogisticTrainer;
import com.gridloop.profile.analytics.risk.TimeSplitEvaluator;
import com.gridloop.profile.tags.ServiceTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trains the churn and arrears models on the history profile holds, evaluates each on a
 * later, held-out period (a time split, never a random one), stores the model version
 * with its AUC, calibration and baselines, and writes every customer's score as a tag.
 * Runs in the nightly job after the segmentation.
 */
@Component
public record PredictionJob(NamedParameterJdbcTemplate jdbc, TransactionTemplate tx, ServiceTags serviceTags,
		JsonMapper json) {

	private static final Logger log = LoggerFactory.getLogger(PredictionJob.class);

	static final List<String> CHURN_FEATURES = List.of("complaints_90d", "outage_minutes_90d", "kwh_trend",
			"late_payments_12m", "online_events_90d");

	static final List<String> ARREARS_FEATURES = List.of("prior_late_12m", "amount_ratio", "previous_late",
			"owed_at_issue", "online_90d");

	private static final String CHURN_ROWS = """
			select c.customer_id,
			  (select count(*) from ticket t where t.customer_id = c.customer_id and t.category = 'COMPLAINT'
			     and t.accept_time > cast(:d as date) - 90 and t.accept_time <= cast(:d as date) + 1) as complaints,
			  (select coalesce(sum(extract(epoch from (o.end_time - o.start_time)) / 60), 0) from outage o
			     where o.transformer_area = c.transformer_area and not o.planned
			       and o.start_time > cast(:d as date) - 90 and o.start_time <= cast(:d as date) + 1) as outage_minutes,
			  (select coalesce(sum(kwh) filter (where month > date_trunc('month', cast(:d as date)) - interval '3 months'), 0)
			        / nullif(sum(kwh) filter (where month <= date_trunc('month', cast(:d as date)) - interval '3 months'), 0) - 1
			     from bill b where b.customer_id = c.customer_id and b.month <= cast(:d as date)
			       and b.month > date_trunc('month', cast(:d as date)) - interval '6 months') as trend,
			  (select count(*) from bill b where b.customer_id = c.customer_id
			     and b.month > cast(:d as date) - interval '12 months' and b.due_date < cast(:d as date)
			     and coalesce(b.paid_date, 'infinity'::date) > b.due_date) as late,
			  (select coalesce(sum(a.logins + a.bill_views + a.payments + a.offer_clicks), 0) from activity_day a
			     where a.customer_id = c.customer_id and a.day > cast(:d as date) - 90 and a.day <= cast(:d as date)) as online,
			  c.closed_date is not null and c.closed_date > cast(:d as date)
			    and c.closed_date <= cast(:d as date) + interval '3 months' as churned
			from customer c
			where (c.closed_date is null or c.closed_date > cast(:d as date))
			  and exists (select 1 from bill b where b.customer_id = c.customer_id and b.month <= cast(:d as date))""";

	private static final String ARREARS_ROWS = """
			select b.customer_id, b.month,
			  (select count(*) from bill p where p.customer_id = b.customer_id and p.month < b.month
			     and p.month >= b.month - interval '12 months' and p.due_date < b.due_date - 15
			     and coalesce(p.paid_date, 'infinity'::date) > p.due_date) as prior_late,
			  b.amount / nullif((select avg(amount) from bill p where p.customer_id = b.customer_id and p.month < b.month
			     and p.month >= b.month - interval '6 months'), 0) as ratio,
			  (select case when coalesce(p.paid_date, 'infinity'::date) > p.due_date and p.due_date < b.due_date - 15
			               then 1 else 0 end from bill p where p.customer_id = b.customer_id and p.month < b.month
			     order by p.month desc limit 1) as previous_late,
			  (select coalesce(sum(p.amount), 0) from bill p where p.customer_id = b.customer_id and p.month < b.month
			     and p.due_date < b.due_date - 15 and coalesce(p.paid_date, 'infinity'::date) > b.due_date - 15) as owed,
			  (select coalesce(sum(a.logins + a.bill_views + a.payments + a.offer_clicks), 0) from activity_day a
			     where a.customer_id = b.customer_id and a.day > b.due_date - 105 and a.day <= b.due_date - 15) as online,
			  b.paid_date is null or b.paid_date > b.due_date + 30 as arrears
			from bill b where b.month >= :from and b.month <= :to""";

	/**
	 * Trains, evaluates and scores both models; returns their metrics (nothing when there
	 * is too little history).
	 */
	public Map<String, Object> run() {
		Map<String, Object> out = new LinkedHashMap<>();
		LocalDate horizon = this.serviceTags.horizon();
		List<YearMonth> months = this.jdbc.getJdbcTemplate()
			.queryForList("select distinct month from bill order by month", Date.class)
			.stream()
			.map(d -> YearMonth.from(d.toLocalDate()))
			.toList();
		if (horizon == null || months.size() < 9) {
			out.put("skipped", "fewer than 9 bill months of history");
			return out;
		}
		out.put("churn", trainable(() -> churn(months, horizon)));
		out.put("arrears", trainable(() -> arrears(months, horizon)));
		return out;
	}

	/**
	 * A model the data cannot train yet (a history in which nobody left, or every bill
	 * was paid) is skipped with the reason: the run goes on, and the model's tags keep
	 * their previous version.
	 */
	private static Map<String, Object> trainable(java.util.function.Supplier<Map<String, Object>> model) {
		try {
			return model.get();
		}
		catch (InsufficientHistoryException ex) {
			log.warn("Model skipped: {}", ex.getMessage());
			return Map.of("skipped", ex.getMessage());
		}
	}

	private Map<String, Object> churn(List<YearMonth> months, LocalDate horizon) {
		// Snapshots at month ends with three months of future to label them; the last one
		// is held out.
		List<LocalDate> asOf = new ArrayList<>();
		for (int i = 5; i < months.size(); i++) {
			LocalDate d = months.get(i).atEndOfMonth();
			if (!d.plusMonths(3).isAfter(horizon)) {
				asOf.add(d);
			}
		}
		if (asOf.size() < 2) {
			return Map.of("skipped", "fewer than two labelled snapshots");
		}
		List<double[]> x = new ArrayList<>();
		List<Boolean> y = new ArrayList<>();
		List<Long> time = new ArrayList<>();
		for (LocalDate d : asOf) {
			this.jdbc.query(CHURN_ROWS, new MapSqlParameterSource("d", Date.valueOf(d)), rs -> {
				x.add(new double[] { rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
						rs.getDouble(6) });
				y.add(rs.getBoolean(7));
				time.add(d.toEpochDay());
			});
		}
		LabeledHistory history = history(CHURN_FEATURES, x, y, time);
		RiskEvaluation evaluation = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history,
				asOf.get(asOf.size() - 1).toEpochDay(), "complaints_90d");
		// Scores as of the horizon, for customers still connected.
		Map<String, double[]> current = new LinkedHashMap<>();
		this.jdbc.query(CHURN_ROWS, new MapSqlParameterSource("d", Date.valueOf(horizon)), rs -> {
			current.put(rs.getString(1), new double[] { rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
					rs.getDouble(5), rs.getDouble(6) });
		});
		return store("churn", "churn_risk", evaluation, current);
	}

	private Map<String, Object> arrears(List<YearMonth> months, LocalDate horizon) {
		// Bills whose arrears status is known by the horizon; the last three such months
		// are held out.
		List<YearMonth> labelled = months.stream()
			.filter(m -> !m.atEndOfMonth().plusDays(45).isAfter(horizon))
			.toList();
		if (labelled.size() < 6) {
			return Map.of("skipped", "fewer than six labelled bill months");
		}
		List<double[]> x = new ArrayList<>();
		List<Boolean> y = new ArrayList<>();
		List<Long> time = new ArrayList<>();
		Map<String, double[]> latest = new LinkedHashMap<>();
		MapSqlParameterSource p = new MapSqlParameterSource("from", Date.valueOf(months.get(1).atDay(1))).addValue("to",
				Date.valueOf(months.get(months.size() - 1).atDay(1)));
		YearMonth lastLabelled = labelled.get(labelled.size() - 1);
		this.jdbc.query(ARREARS_ROWS, p, rs -> {
			YearMonth month = YearMonth.from(rs.getDate(2).toLocalDate());
			double[] row = { rs.getDouble(3), rs.getObject(4) == null ? 1 : rs.getDouble(4), rs.getDouble(5),
					rs.getDouble(6), rs.getDouble(7) };
			if (!month.isAfter(lastLabelled)) {
				x.add(row);
				y.add(rs.getBoolean(8));
				time.add(month.atDay(1).toEpochDay());
			}
			latest.merge(rs.getString(1), row, (a, b) -> b);
		});
		LabeledHistory history = history(ARREARS_FEATURES, x, y, time);
		RiskEvaluation evaluation = new TimeSplitEvaluator().evaluate(SmileLogisticTrainer.defaults(), history,
				labelled.get(labelled.size() - 3).atDay(1).toEpochDay(), "prior_late_12m");
		return store("arrears", "arrears_risk", evaluation, latest);
	}

	private static LabeledHistory history(List<String> features, List<double[]> x, List<Boolean> y, List<Long> time) {
		boolean[] labels = new boolean[y.size()];
		long[] times = new long[time.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = y.get(i);
			times[i] = time.get(i);
		}
		return new LabeledHistory(features, x.toArray(double[][]::new), labels, times);
	}

	/**
	 * Keeps the version with its metrics and writes every customer's score as a tag, in
	 * one transaction.
	 */
	private Map<String, Object> store(String kind, String tag, RiskEvaluation e, Map<String, double[]> rows) {
		RiskModel model = e.model();
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("version", model.version());
		metrics.put("features", model.features());
		metrics.put("train_window", e.trainWindow().toString());
		metrics.put("test_window", e.testWindow().toString());
		metrics.put("train_rows", e.trainRows());
		metrics.put("test_rows", e.testRows());
		metrics.put("test_base_rate", e.testBaseRate());
		metrics.put("auc", e.auc());
		metrics.put("baseline_feature", e.baselineFeature());
		metrics.put("baseline_auc", e.baselineAuc());
		metrics.put("brier", e.brier());
		metrics.put("base_rate_brier", e.baseRateBrier());
		metrics.put("expected_calibration_error", e.calibration().expectedCalibrationError());
		metrics.put("calibration", e.calibration().bins());
		metrics.put("beats_baselines", e.beatsBaselines());
		// Missing values the model imputed: in training (with the penalty it chose) and
		// in tonight's scored rows.
		metrics.putAll(model.trainingMetrics());
		metrics.put("missing_at_scoring", Imputation.countNonFinite(model.features(), rows.values()));
		this.tx.executeWithoutResult(s -> {
			this.jdbc.update(
					"""
							insert into model_version (version, kind, trained_at, metrics) values (:v, :k, now(), cast(:m as jsonb))
							on conflict (version) do update set trained_at = now(), metrics = excluded.metrics""",
					new MapSqlParameterSource("v", model.version()).addValue("k", kind)
						.addValue("m", this.json.writeValueAsString(metrics)));
			List<MapSqlParameterSource> scores = new ArrayList<>(rows.size());
			rows.forEach((customer,
					row) -> scores.add(new MapSqlParameterSource("c", customer).addValue("t", tag)
						.addValue("v", Math.round(model.score(row) * 10_000) / 10_000.0)
						.addValue("w", model.version())));
			this.jdbc.batchUpdate("""
					insert into tag_value (customer_id, tag_code, value_num, value_text, computed_at)
					values (:c, :t, :v, :w, now())
					on conflict (customer_id, tag_code) do update set value_num = excluded.value_num,
					  value_text = excluded.value_text, computed_at = excluded.computed_at""",
					scores.toArray(MapSqlParameterSource[]::new));
			this.jdbc.getJdbcTemplate().update(con -> {
				var ps = con.prepareStatement(
						"insert into dirty_customer (customer_id) select id from unnest(?::text[]) as t(id) order by id "
								+ "on conflict do nothing");
				ps.setArray(1, con.createArrayOf("text", rows.keySet().toArray(String[]::new)));
				return ps;
			});
		});
		log.info("{} model {}: {}", kind, model.version(), e.summary());
		return metrics;
	}

}
