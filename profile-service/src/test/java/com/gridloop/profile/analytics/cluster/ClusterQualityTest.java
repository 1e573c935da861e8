package com.gridloop.profile.analytics.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Silhouette and Calinski-Harabasz against values worked out by hand, and the member
 * reason's arithmetic.
 */
class ClusterQualityTest {

	private static final double[][] LINE = { { 0 }, { 1 }, { 4 }, { 5 } };

	private static final int[] HALVES = { 0, 0, 1, 1 };

	@Test
	void silhouetteByHand() {
		// Point 0: a = 1, b = (4 + 5) / 2 = 4.5, s = 1 - 1/4.5; point 1: a = 1, b = 3.5,
		// s = 1 - 1/3.5; symmetric.
		double expected = ((1 - 1 / 4.5) + (1 - 1 / 3.5)) / 2;
		assertThat(ClusterQuality.silhouette(LINE, HALVES, 2)).isCloseTo(expected, within(1e-12));
	}

	@Test
	void calinskiHarabaszByHand() {
		// Total sum of squares around 2.5 is 17, within is 4 x 0.25 = 1, between 16: (16
		// / 1) / (1 / 2) = 32.
		assertThat(ClusterQuality.calinskiHarabasz(LINE, HALVES, new double[][] { { 0.5 }, { 4.5 } })).isCloseTo(32,
				within(1e-12));
	}

	@Test
	void memberReasonSplitsTheMarginByFeature() {
		CentroidModel model = new CentroidModel(new double[][] { { 0, 0 }, { 10, 1 } }, null, "hand");
		MemberReason reason = new MemberExplainer(model, java.util.List.of("x", "y"), null)
			.explain(new double[] { 2, 0.8 }, 2);
		// To own (0,0): 4 + 0.64; to the other: 64 + 0.04. Terms: x 64 - 4 = 60, y 0.04 -
		// 0.64 = -0.6 (against).
		assertThat(reason.cluster()).isZero();
		assertThat(reason.runnerUp()).isEqualTo(1);
		assertThat(reason.margin()).isCloseTo(59.4, within(1e-12));
		assertThat(reason.evidence()).hasSize(1);
		assertThat(reason.evidence().get(0).feature()).isEqualTo("x");
		assertThat(reason.evidence().get(0).shareOfMargin()).isCloseTo(60 / 59.4, within(1e-12));
	}

	@Test
	void recoversWellSeparatedBlobsAndChoosesTheirNumber() {
		java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
		int n = 3_000;
		double[][] rows = new double[n][];
		int[] truth = new int[n];
		double[][] centres = { { 0, 0, 0 }, { 6, 0, 0 }, { 0, 6, 0 }, { 0, 0, 6 } };
		for (int i = 0; i < n; i++) {
			truth[i] = i % 4;
			rows[i] = new double[3];
			for (int j = 0; j < 3; j++) {
				rows[i][j] = centres[truth[i]][j] + rng.nextGaussian();
			}
		}
		CentroidModel model = KMeansClusterer.smile(KMeansSettings.defaults(5).withSampleSize(1_000)).fit(rows);
		assertThat(model.k()).isEqualTo(4);
		assertThat(model.selection().chosenK()).isEqualTo(4);
		assertThat(com.gridloop.profile.analytics.metric.AdjustedRandIndex.of(truth, model.assign(rows)))
			.isGreaterThan(0.95);
	}

	@Test
	void restoredModelAssignsTheSameAndKeepsItsVersion() {
		CentroidModel fitted = new CentroidModel(new double[][] { { 0, 0 }, { 3, 4 } }, null, "smile-kmeans-seed1");
		CentroidModel restored = CentroidModel.restore(fitted.centroids(), fitted.version());
		double[][] rows = { { 1, 1 }, { 2, 3 }, { 1.5, 2 } };
		assertThat(restored.assign(rows)).isEqualTo(fitted.assign(rows)).containsExactly(0, 1, 0);
		assertThat(restored.version()).isEqualTo(fitted.version()).startsWith("smile-kmeans-seed1-k2-");
	}

	@Test
	void profilesFromChunksEqualProfilesAtOnce() {
		double[][] rows = { { 1, 10 }, { 2, 10 }, { 9, 30 }, { 11, 50 }, { 1.5, 20 } };
		int[] clusters = { 0, 0, 1, 1, 0 };
		ClusterStats once = new ClusterStats(java.util.List.of("a", "b"), 2);
		once.add(rows, clusters);
		ClusterStats chunked = new ClusterStats(java.util.List.of("a", "b"), 2);
		chunked.add(java.util.Arrays.copyOfRange(rows, 0, 2), new int[] { 0, 0 });
		chunked.add(java.util.Arrays.copyOfRange(rows, 2, 5), new int[] { 1, 1, 0 });
		java.util.List<ClusterProfile> a = once.profiles(2);
		java.util.List<ClusterProfile> b = chunked.profiles(2);
		assertThat(b).hasSize(2);
		for (int c = 0; c < 2; c++) {
			assertThat(b.get(c).means()).containsExactly(a.get(c).means(), within(1e-12));
			assertThat(b.get(c).distinctive().get(0).sdDifference())
				.isCloseTo(a.get(c).distinctive().get(0).sdDifference(), within(1e-12));
		}
		// Cluster 1: a = 10 against 4.9 overall; sd of a = sqrt(mean of squares - square
		// of mean).
		double mean = (1 + 2 + 9 + 11 + 1.5) / 5;
		double sd = Math.sqrt((1 + 4 + 81 + 121 + 2.25) / 5 - mean * mean);
		assertThat(a.get(1).mean("a")).isEqualTo(10.0);
		assertThat(a.get(1).distinctive()).anySatisfy(f -> {
			assertThat(f.feature()).isEqualTo("a");
			assertThat(f.sdDifference()).isCloseTo((10 - mean) / sd, within(1e-12));
		});
		assertThat(a.get(1).share()).isEqualTo(0.4);
	}

	@Test
	void neverAsksForMoreClustersThanDistinctRows() {
		double[][] rows = new double[300][];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = new double[] { i % 3, 0 };
		}
		CentroidModel model = KMeansClusterer.smile(KMeansSettings.defaults(1)).fit(rows);
		assertThat(model.selection().candidates()).extracting(KSelection.Candidate::k).containsExactly(2, 3);
		assertThat(model.k()).isEqualTo(3);
	}

}
