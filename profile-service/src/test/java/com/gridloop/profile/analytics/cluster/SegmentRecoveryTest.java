package com.gridloop.profile.analytics.cluster;

import java.time.LocalDate;
import java.util.List;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.profile.analytics.GeneratedLoad;
import com.gridloop.profile.analytics.metric.AdjustedRandIndex;
import com.gridloop.profile.analytics.shape.LoadFeatures;
import com.gridloop.profile.analytics.shape.LoadShapes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Segments found by k-means with k chosen by silhouette recover the archetypes the data
 * generator planted, from 2,000 customers' 28 days of generated load.
 */
class SegmentRecoveryTest {

	private static final int CUSTOMERS = 2_000;

	private static final int DAYS = 28;

	private static List<SyntheticCustomer> customers;

	private static double[][] features;

	private static double[][] shapes;

	private static int[] truth;

	@BeforeAll
	static void generate() {
		Population population = new Population(GeneratorConfig.defaults(20260601L, CUSTOMERS, DAYS));
		LoadModel model = new LoadModel(population.config().seed());
		LocalDate first = population.config().firstDay();
		boolean[] rest = GeneratedLoad.restDays(first, DAYS);
		customers = population.customers();
		features = new double[CUSTOMERS][];
		shapes = new double[CUSTOMERS][];
		truth = new int[CUSTOMERS];
		for (int i = 0; i < CUSTOMERS; i++) {
			SyntheticCustomer c = customers.get(i);
			double[][] days = GeneratedLoad.hourlyDays(model, c, first, DAYS);
			features[i] = LoadFeatures.of(days, rest, GeneratedLoad.PEAK_HOURS);
			shapes[i] = LoadShapes.typicalDay(days);
			truth[i] = c.archetype().ordinal();
		}
	}

	@Test
	void segmentsRecoverThePlantedArchetypes() {
		long t0 = System.nanoTime();
		Segmentation segmentation = Segmentation.fit(KMeansClusterer.smile(KMeansSettings.defaults(42)),
				LoadFeatures.NAMES, features, true);
		int[] clusters = segmentation.assign(features);
		double seconds = (System.nanoTime() - t0) / 1e9;
		double ari = AdjustedRandIndex.of(truth, clusters);
		CentroidModel model = (CentroidModel) segmentation.model();
		System.out.printf("Feature segmentation: k = %d, ARI = %.3f, %.2f s%n", segmentation.k(), ari, seconds);
		model.selection()
			.candidates()
			.forEach(c -> System.out.printf("  k=%d silhouette=%.4f CH=%.1f%n", c.k(), c.silhouette(),
					c.calinskiHarabasz()));
		List<ClusterProfile> profiles = segmentation.profiles(features, clusters, 3);
		for (ClusterProfile p : profiles) {
			System.out.printf("  segment %d (%d, %s): %s | %s%n", p.cluster(), p.size(),
					dominant(clusters, p.cluster()), p.label(2), p.describe(3));
		}
		// For the record: what the k that Calinski-Harabasz would have chosen gives.
		int chK = model.selection()
			.candidates()
			.stream()
			.max(java.util.Comparator.comparingDouble(KSelection.Candidate::calinskiHarabasz))
			.orElseThrow()
			.k();
		int[] chClusters = Segmentation
			.fit(KMeansClusterer.smile(KMeansSettings.defaults(42).withFixedK(chK)), LoadFeatures.NAMES, features, true)
			.assign(features);
		System.out.printf("  (Calinski-Harabasz would choose k = %d: ARI %.3f)%n", chK,
				AdjustedRandIndex.of(truth, chClusters));
		assertThat(ari).isGreaterThanOrEqualTo(0.8);
		// The EV households' segment is told apart by its night load.
		int ev = segmentOf(clusters, Archetype.RESIDENTIAL_EV);
		ClusterProfile evProfile = profiles.stream().filter(p -> p.cluster() == ev).findFirst().orElseThrow();
		assertThat(evProfile.mean("night_share"))
			.isGreaterThan(2 * profileOfResidential(profiles, clusters).mean("night_share"));
		// Each member gets a reason built from features that favour its own segment.
		MemberExplainer explainer = segmentation.memberExplainer();
		for (int i = 0; i < 50; i++) {
			MemberReason reason = explainer.explain(features[i], 3);
			assertThat(reason.cluster()).isEqualTo(clusters[i]);
			assertThat(reason.margin()).isGreaterThanOrEqualTo(0);
			assertThat(reason.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		}
		System.out.println(
				"  reason of customer 0 (" + customers.get(0).archetype() + "): " + explainer.explain(features[0], 3));
	}

	@Test
	void loadShapesClusterByArchetypeWithinResidentialAndCommercialIndustrial() {
		// As a caller would: households and C&I customers apart, on their normalised
		// typical days, no z-score.
		for (boolean households : new boolean[] { true, false }) {
			java.util.List<Integer> members = new java.util.ArrayList<>();
			for (int i = 0; i < CUSTOMERS; i++) {
				if ((customers.get(i).category() == Archetype.Category.RESIDENTIAL) == households) {
					members.add(i);
				}
			}
			double[][] rows = members.stream().map(i -> shapes[i]).toArray(double[][]::new);
			int[] planted = members.stream().mapToInt(i -> truth[i]).toArray();
			Segmentation segmentation = Segmentation.fit(KMeansClusterer.smile(KMeansSettings.defaults(7)),
					LoadShapes.HOURS, rows, false);
			int[] clusters = segmentation.assign(rows);
			double ari = AdjustedRandIndex.of(planted, clusters);
			System.out.printf("Load-shape clustering, %s (%d customers): k = %d, ARI = %.3f%n",
					households ? "residential" : "C&I", rows.length, segmentation.k(), ari);
			for (int c = 0; c < segmentation.k(); c++) {
				System.out.printf("  shape %d:%s%n", c, shapeText(segmentation.centroid(c)));
			}
			assertThat(ari).isGreaterThanOrEqualTo(0.8);
			assertThat(segmentation.k()).isEqualTo(households ? 2 : 4);
		}
	}

	@Test
	void sameSeedSameSegments() {
		KMeansSettings settings = KMeansSettings.defaults(3).withFixedK(6);
		int[] a = Segmentation.fit(KMeansClusterer.smile(settings), LoadFeatures.NAMES, features, true)
			.assign(features);
		int[] b = Segmentation.fit(KMeansClusterer.smile(settings), LoadFeatures.NAMES, features, true)
			.assign(features);
		assertThat(a).isEqualTo(b);
	}

	private static int segmentOf(int[] clusters, Archetype archetype) {
		int[] votes = new int[64];
		for (int i = 0; i < clusters.length; i++) {
			if (truth[i] == archetype.ordinal()) {
				votes[clusters[i]]++;
			}
		}
		int best = 0;
		for (int c = 1; c < votes.length; c++) {
			if (votes[c] > votes[best]) {
				best = c;
			}
		}
		return best;
	}

	private static ClusterProfile profileOfResidential(List<ClusterProfile> profiles, int[] clusters) {
		int res = segmentOf(clusters, Archetype.RESIDENTIAL);
		return profiles.stream().filter(p -> p.cluster() == res).findFirst().orElseThrow();
	}

	private static String dominant(int[] clusters, int cluster) {
		int[] votes = new int[Archetype.values().length];
		int n = 0;
		for (int i = 0; i < clusters.length; i++) {
			if (clusters[i] == cluster) {
				votes[truth[i]]++;
				n++;
			}
		}
		int best = 0;
		for (int a = 1; a < votes.length; a++) {
			if (votes[a] > votes[best]) {
				best = a;
			}
		}
		return String.format("%s %.0f%%", Archetype.values()[best], 100.0 * votes[best] / Math.max(1, n));
	}

	private static String shapeText(double[] shape) {
		StringBuilder sb = new StringBuilder();
		for (double v : shape) {
			sb.append(String.format(" %.3f", v));
		}
		return sb.toString();
	}

}
