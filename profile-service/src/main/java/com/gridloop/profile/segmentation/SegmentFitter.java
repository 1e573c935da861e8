package com.gridloop.profile.segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.profile.ProfileProperties.SegmentRule;
import com.gridloop.profile.analytics.cluster.KMeansClusterer;
import com.gridloop.profile.analytics.cluster.KMeansSettings;
import com.gridloop.profile.analytics.cluster.Segmentation;
import com.gridloop.profile.analytics.shape.LoadFeatures;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fits a group's k-means on its sample (k by silhouette unless fixed), names the clusters
 * by rules on their centroids, adds a segment per customer rule and stores the model, so
 * members can be explained later.
 */
@Component
class SegmentFitter {

	private final JdbcTemplate jdbc;

	private final SegmentationProperties properties;

	private final SegmentNames names;

	private final JsonMapper json;

	SegmentFitter(JdbcTemplate jdbc, SegmentationProperties properties, JsonMapper json) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.names = new SegmentNames(properties.names());
		this.json = json;
	}

	SegmentLayout fit(UUID runId, String group, List<double[]> sample) {
		KMeansSettings settings = KMeansSettings.defaults(this.properties.seed())
			.withSampleSize(this.properties.sampleSize())
			.withRestarts(this.properties.restarts())
			.withKRange(this.properties.kMin(), Math.min(this.properties.kMax(), sample.size() - 1));
		if (this.properties.fixedK() > 0) {
			settings = settings.withFixedK(Math.min(this.properties.fixedK(), sample.size()));
		}
		Segmentation segmentation = Segmentation.fit(KMeansClusterer.smile(settings), LoadFeatures.NAMES,
				sample.toArray(double[][]::new), true);
		List<Map<String, Object>> centroids = new ArrayList<>();
		for (int c = 0; c < segmentation.k(); c++) {
			double[] centroid = segmentation.centroid(c);
			Map<String, Object> byName = new HashMap<>();
			for (int f = 0; f < LoadFeatures.NAMES.size(); f++) {
				byName.put(LoadFeatures.NAMES.get(f), centroid[f]);
			}
			centroids.add(byName);
		}
		List<SegmentNames.Named> named = new ArrayList<>(this.names.name(group, centroids));
		for (SegmentRule rule : rules(group)) {
			named.add(new SegmentNames.Named(rule.code(), rule.name(), "customer rule: " + String.join(" and ",
					rule.conditions().stream().map(c -> c.tag() + " " + c.op() + " " + c.value()).toList())));
		}
		saveModel(runId, group, segmentation, named);
		return new SegmentLayout(segmentation, named);
	}

	/** The group's customer rules, in the order their segments follow the clusters. */
	List<SegmentRule> rules(String group) {
		return this.properties.customerRules().getOrDefault(group, List.of());
	}

	/** Stores the group's model with the run, so its members can be explained later. */
	private void saveModel(UUID runId, String group, Segmentation segmentation, List<SegmentNames.Named> named) {
		this.jdbc.update("insert into segmentation_model (run_id, grp, model) values (?, ?, ?::jsonb)", runId, group,
				this.json.writeValueAsString(SegmentModel.of(segmentation, named)));
	}

}
