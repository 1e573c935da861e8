package com.gridloop.profile.analytics.cluster;

import java.time.LocalDate;
import java.util.List;

import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.LoadModel;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.profile.analytics.GeneratedLoad;
import com.gridloop.profile.analytics.metric.AdjustedRandIndex;
import com.gridloop.profile.analytics.shape.LoadShapes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long k-means with k chosen over 2..10 takes on 200,000 load shapes of 24 points,
 * then the assignment of all of them in chunks. Informative: times are printed, not
 * asserted (the machine varies).
 */
class KMeansScaleTest {

	@Test
	void twoHundredThousandShapes() {
		int n = 200_000;
		long t0 = System.nanoTime();
		Population population = new Population(GeneratorConfig.defaults(31L, n, 2));
		LoadModel model = new LoadModel(population.config().seed());
		LocalDate first = population.config().firstDay();
		List<SyntheticCustomer> customers = population.customers();
		double[][] shapes = new double[n][];
		int[] truth = new int[n];
		for (int i = 0; i < n; i++) {
			shapes[i] = LoadShapes.typicalDay(GeneratedLoad.hourlyDays(model, customers.get(i), first, 2));
			truth[i] = customers.get(i).archetype().ordinal();
		}
		long t1 = System.nanoTime();
		KMeansSettings settings = KMeansSettings.defaults(42);
		CentroidModel fitted = KMeansClusterer.smile(settings).fit(shapes);
		long t2 = System.nanoTime();
		int[] clusters = new int[n];
		int chunk = 20_000;
		for (int from = 0; from < n; from += chunk) {
			double[][] part = java.util.Arrays.copyOfRange(shapes, from, Math.min(n, from + chunk));
			System.arraycopy(fitted.assign(part), 0, clusters, from, part.length);
		}
		long t3 = System.nanoTime();
		System.out.printf("k-means scale: %d x 24 shapes generated in %.1f s; k chosen over 2..10 (sample %d, %d"
				+ " restarts, silhouette on %d) in %.1f s -> k = %d; all rows assigned in chunks of %d in %.2f s;"
				+ " ARI against archetypes %.3f%n", n, (t1 - t0) / 1e9, settings.sampleSize(), settings.restarts(),
				settings.silhouetteSampleSize(), (t2 - t1) / 1e9, fitted.k(), chunk, (t3 - t2) / 1e9,
				AdjustedRandIndex.of(truth, clusters));
		fitted.selection()
			.candidates()
			.forEach(c -> System.out.printf("  k=%d silhouette=%.4f CH=%.0f%n", c.k(), c.silhouette(),
					c.calinskiHarabasz()));
		assertThat(fitted.k()).isBetween(2, 10);
	}

}
