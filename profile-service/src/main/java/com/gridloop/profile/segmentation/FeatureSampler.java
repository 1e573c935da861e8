package com.gridloop.profile.segmentation;

import java.util.List;

import com.gridloop.profile.analytics.FeatureVector;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Draws the training sample of a customer group's features; PostgreSQL draws it, so only
 * the sample crosses the wire.
 */
@Component
record FeatureSampler(JdbcTemplate jdbc, SegmentationProperties properties) {

	/**
	 * Up to {@code sampleSize} feature vectors of the group, the same ones for the same
	 * customers and seed.
	 */
	List<double[]> sample(String group) {
		Long count = this.jdbc.queryForObject("select count(*) from customer_feature where grp = ?", Long.class, group);
		if (count == null || count < 2) {
			return List.of();
		}
		double percent = Math.min(100.0, 100.0 * this.properties.sampleSize() * 1.1 / count);
		// In customer order, not storage order: k-means starts from the rows it sees
		// first, and the same customers
		// must give the same segments whatever order their features were written in.
		return this.jdbc.query("""
				select features from customer_feature tablesample bernoulli (?) repeatable (?) where grp = ?
				order by customer_id limit ?""", (rs, i) -> FeatureVector.unpack(rs.getBytes(1)), percent,
				(double) this.properties.seed(), group, this.properties.sampleSize());
	}

}
