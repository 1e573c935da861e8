package com.gridloop.profile.segmentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.analytics.Standardization;
import com.gridloop.profile.analytics.cluster.CentroidModel;
import com.gridloop.profile.analytics.cluster.MemberExplainer;
import com.gridloop.profile.analytics.FeatureVector;
import tools.jackson.databind.JsonNode;
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

	private record Loaded(UUID runId, Map<String, MemberExplainer> explainers, Map<String, List<String>> codes,
			Map<String, List<String>> names) {
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
			MemberExplainer explainer = models.explainers().get(group);
			int index = models.codes().getOrDefault(group, List.of()).indexOf(code);
			String name = index < 0 ? code : models.names().get(group).get(index);
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
		Map<String, MemberExplainer> explainers = new HashMap<>();
		Map<String, List<String>> codes = new HashMap<>();
		Map<String, List<String>> names = new HashMap<>();
		this.jdbc.query("select grp, model::text from segmentation_model where run_id = ?", rs -> {
			JsonNode m = this.json.readTree(rs.getString(2));
			List<String> features = strings(m.get("features"));
			Standardization standardization = new Standardization(features, numbers(m.get("means")),
					numbers(m.get("sds")), m.get("rows").asLong());
			double[][] centroids = new double[m.get("centroids").size()][];
			for (int c = 0; c < centroids.length; c++) {
				centroids[c] = numbers(m.get("centroids").get(c));
			}
			CentroidModel model = CentroidModel.restore(centroids, m.get("version").asString());
			explainers.put(rs.getString(1), new MemberExplainer(model, features, standardization));
			codes.put(rs.getString(1), strings(m.get("codes")));
			names.put(rs.getString(1), strings(m.get("names")));
		}, latest);
		Loaded loaded = new Loaded(latest, explainers, codes, names);
		this.cache = loaded;
		return loaded;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new java.util.ArrayList<>();
		array.forEach(n -> out.add(n.asString()));
		return out;
	}

	private static double[] numbers(JsonNode array) {
		double[] out = new double[array.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = array.get(i).asDouble();
		}
		return out;
	}

}
