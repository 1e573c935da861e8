package com.gridloop.profile.segmentation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.analytics.cluster.MemberExplainer;
import com.gridloop.profile.analytics.FeatureVector;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The segments of the latest successful run and the reason each customer is in theirs,
 * computed on demand from the run's stored model (standardisation and centroids) and the
 * customer's features.
 */
@Component
public class SegmentModels {

	/** A customer's segment from the latest run, in business words. */
	public record Placement(String code, String name, String reason, UUID runId) {
	}

	private record Loaded(UUID runId, Map<String, SegmentModel> models, Map<String, MemberExplainer> explainers) {
	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private volatile Loaded cache;

	private final SegmentationRuns runs;

	SegmentModels(JdbcTemplate jdbc, JsonMapper json, SegmentationRuns runs) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Placements of these customers in the latest successful run; customers it did not
	 * place are absent.
	 */
	public Map<String, Placement> placements(String[] customerIds) {
		Loaded models = latest();
		Map<String, Placement> out = new HashMap<>();
		if (models == null) {
			return out;
		}
		this.jdbc.query(con -> {
			var ps = con.prepareStatement("""
					select m.customer_id, m.segment_code, f.grp, f.features, m.reason from segment_membership m
					join customer_feature f on f.customer_id = m.customer_id
					where m.run_id = ? and m.customer_id = any(?)""");
			ps.setObject(1, models.runId());
			ps.setArray(2, con.createArrayOf("text", customerIds));
			return ps;
		}, rs -> {
			String code = rs.getString(2);
			String group = rs.getString(3);
			SegmentModel model = models.models().get(group);
			MemberExplainer explainer = models.explainers().get(group);
			String name = model == null ? code : model.name(code);
			String rule = rs.getString(5);
			String why = rule != null ? ": " + rule : explainer == null ? ""
					: ": " + explainer.explain(FeatureVector.unpack(rs.getBytes(4)), 3).describe();
			out.put(rs.getString(1), new Placement(code, name, name + why, models.runId()));
		});
		return out;
	}

	private Loaded latest() {
		UUID latest = this.runs.latestSucceeded();
		if (latest == null) {
			return null;
		}
		Loaded current = this.cache;
		if (current != null && current.runId().equals(latest)) {
			return current;
		}
		Map<String, SegmentModel> models = new HashMap<>();
		Map<String, MemberExplainer> explainers = new HashMap<>();
		this.jdbc.query("select grp, model::text from segmentation_model where run_id = ?", rs -> {
			SegmentModel model = this.json.readValue(rs.getString(2), SegmentModel.class);
			models.put(rs.getString(1), model);
			explainers.put(rs.getString(1), model.explainer());
		}, latest);
		Loaded loaded = new Loaded(latest, models, explainers);
		this.cache = loaded;
		return loaded;
	}

}
