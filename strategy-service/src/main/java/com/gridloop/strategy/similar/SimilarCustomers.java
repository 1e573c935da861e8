package com.gridloop.strategy.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import smile.neighbor.KDTree;
import smile.neighbor.Neighbor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers like this one who took the offer: nearest neighbours on standardised load
 * features (log annual kWh, peak and valley shares, load factor, volatility, log maximum
 * demand) among the offer's most recent takers.
 */
@Component
public record SimilarCustomers(JdbcClient jdbc) {

	/** The load features, as SQL over a customer's tags and as their transform. */
	static final List<String> FEATURES = List.of("ln(1 + (tags->>'annual_kwh')::float8)",
			"(tags->>'peak_share')::float8", "(tags->>'valley_share')::float8", "(tags->>'load_factor')::float8",
			"(tags->>'daily_kwh_cv')::float8", "ln(1 + (tags->>'max_demand_kw')::float8)");

	/** At most this many of an offer's takers are searched, the most recent first. */
	static final int MAX_TAKERS = 20_000;

	/**
	 * A finder over the offer's takers, standardised with the whole population's means
	 * and deviations; empty when nobody took the offer yet.
	 */
	public Finder forOffer(String offerCode) {
		String columns = String.join(", ", FEATURES);
		List<String> ids = new ArrayList<>();
		List<double[]> rows = new ArrayList<>();
		this.jdbc.sql("select k.customer_id, " + columns + """
				 from offer_taker k join customer_tags c on c.customer_id = k.customer_id
				where k.offer_code = :offer order by k.converted_at desc limit :max""")
			.param("offer", offerCode)
			.param("max", MAX_TAKERS)
			.query(rs -> {
				ids.add(rs.getString(1));
				double[] x = new double[FEATURES.size()];
				for (int i = 0; i < x.length; i++) {
					x[i] = rs.getObject(i + 2) == null ? Double.NaN : rs.getDouble(i + 2);
				}
				rows.add(x);
			});
		if (ids.isEmpty()) {
			return new Finder(null, null, null, null);
		}
		StringBuilder stats = new StringBuilder("select ");
		for (String f : FEATURES) {
			stats.append("avg(").append(f).append("), stddev_samp(").append(f).append("), ");
		}
		stats.setLength(stats.length() - 2);
		double[][] meanSd = this.jdbc.sql(stats + " from customer_tags").query((rs, n) -> {
			double[][] m = new double[2][FEATURES.size()];
			for (int i = 0; i < FEATURES.size(); i++) {
				m[0][i] = rs.getDouble(2 * i + 1);
				m[1][i] = rs.getObject(2 * i + 2) == null || rs.getDouble(2 * i + 2) == 0 ? 1 : rs.getDouble(2 * i + 2);
			}
			return m;
		}).single();
		double[][] keys = rows.stream().map(x -> standardise(x, meanSd)).toArray(double[][]::new);
		return new Finder(new KDTree<>(keys, ids.toArray(String[]::new)), meanSd, ids, keys);
	}

	static double[] standardise(double[] x, double[][] meanSd) {
		double[] z = new double[x.length];
		for (int i = 0; i < x.length; i++) {
			// A missing feature sits at the population mean.
			z[i] = Double.isNaN(x[i]) ? 0 : (x[i] - meanSd[0][i]) / meanSd[1][i];
		}
		return z;
	}

	/** Finds one offer's takers nearest to a customer. */
	public static final class Finder {

		private final KDTree<String> tree;

		private final double[][] meanSd;

		private final List<String> ids;

		private final double[][] keys;

		Finder(KDTree<String> tree, double[][] meanSd, List<String> ids, double[][] keys) {
			this.tree = tree;
			this.meanSd = meanSd;
			this.ids = ids;
			this.keys = keys;
		}

		/**
		 * Up to k takers nearest to the customer whose feature values the function gives
		 * (null for a missing tag, keyed by tag code), never the customer themselves.
		 */
		public List<String> nearest(String customerId, Function<String, Double> tags, int k) {
			if (this.tree == null) {
				return List.of();
			}
			double[] x = { ln1p(tags.apply("annual_kwh")), value(tags.apply("peak_share")),
					value(tags.apply("valley_share")), value(tags.apply("load_factor")),
					value(tags.apply("daily_kwh_cv")), ln1p(tags.apply("max_demand_kw")) };
			int want = Math.min(k + 1, this.ids.size());
			Neighbor<double[], String>[] found = this.tree.search(standardise(x, this.meanSd), want);
			java.util.Arrays.sort(found);
			List<String> out = new ArrayList<>();
			for (Neighbor<double[], String> n : found) {
				if (!n.value.equals(customerId) && out.size() < k) {
					out.add(n.value);
				}
			}
			return out;
		}

		public int takers() {
			return this.keys == null ? 0 : this.keys.length;
		}

		private static double value(Double v) {
			return v == null ? Double.NaN : v;
		}

		private static double ln1p(Double v) {
			return v == null ? Double.NaN : Math.log1p(v);
		}

	}

}
