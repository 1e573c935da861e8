package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.datagen.identity.IdentityDatasetGenerator;
import com.gridloop.datagen.identity.IdentityRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution of generated records with planted duplicates, measured against the
 * generator's truth.
 */
class IdentityEndToEndTest {

	private static final List<IdentityRecord> RECORDS = new ArrayList<>();

	private static final List<String> TRUTH = new ArrayList<>();

	private static IdentityBenchmark.Result result;

	@BeforeAll
	static void resolve() {
		for (IdentityRow row : new IdentityDatasetGenerator(7).generate(20_000)) {
			RECORDS.add(new IdentityRecord(row.recordId(), row.source(), row.name(), row.phone(), row.address(),
					row.regionCode(), row.accountNo()));
			TRUTH.add(row.entityId());
		}
		result = IdentityBenchmark.run(RECORDS, TRUTH, new IdentityResolver());
	}

	@Test
	void batchResolutionFindsThePlantedDuplicates() {
		assertThat(result.truePairs()).isGreaterThan(5_000);
		assertThat(result.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(result.line())
			.matches("identity: 20000 records in \\d+\\.\\d s, precision \\d\\.\\d{3}, recall \\d\\.\\d{3}");
		assertThat(result.blocks()).extracting(BlockStats::rule).containsExactly(BlockingRule.values());
		assertThat(result.candidatePairs()).isLessThan(20L * RECORDS.size());
	}

	@Test
	void emLearnsThatAgreementIsFarLikelierBetweenDuplicates() {
		ExpectationMaximisation.Result em = result.resolution().estimation().orElseThrow();
		FellegiSunterModel model = em.model();
		assertThat(em.converged()).isTrue();
		for (IdentityField field : IdentityField.values()) {
			// Thirteen districts: two different customers share one every thirteenth pair
			// or so.
			double factor = field == IdentityField.REGION ? 5 : 100;
			assertThat(model.m(field, Level.EXACT)).as("m of %s", field)
				.isGreaterThan(factor * model.u(field, Level.EXACT));
			assertThat(model.m(field, Level.DIFFERENT)).as("m of %s DIFFERENT", field)
				.isLessThan(model.u(field, Level.DIFFERENT));
		}
		// About a third of the records are duplicates of another: λ near true pairs over
		// all pairs.
		double allPairs = RECORDS.size() * (RECORDS.size() - 1) / 2.0;
		assertThat(model.lambda() * allPairs).isBetween(0.8 * result.truePairs(), 1.2 * result.truePairs());
	}

	@Test
	void resultsDoNotDependOnTheNumberOfThreads() {
		List<IdentityRecord> some = RECORDS.subList(0, 5_000);
		IdentityResolver.Settings settings = IdentityResolver.Settings.defaults();
		Resolution one = new IdentityResolver(settings.withThreads(1), FellegiSunterModel.defaults()).resolve(some);
		Resolution two = new IdentityResolver(settings.withThreads(2), FellegiSunterModel.defaults()).resolve(some);
		assertThat(two.model().parameters()).isEqualTo(one.model().parameters());
		assertThat(two.model().lambda()).isEqualTo(one.model().lambda());
		assertThat(two.linkedRecords()).isEqualTo(one.linkedRecords());
	}

	@Test
	void incrementalMatchingWithTheEstimatedModelAgreesWithTheTruth() {
		IdentityIndex index = new IdentityIndex(result.resolution().model());
		index.addAll(RECORDS);
		Map<String, Integer> clusterOfGoldenId = new HashMap<>();
		int[] cluster = new int[RECORDS.size()];
		for (int i = 0; i < cluster.length; i++) {
			cluster[i] = clusterOfGoldenId.computeIfAbsent(index.goldenId(RECORDS.get(i).recordId()),
					id -> clusterOfGoldenId.size());
		}
		IdentityBenchmark.PairwiseScores scores = IdentityBenchmark.evaluate(cluster, TRUTH);
		assertThat(scores.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(scores.recall()).isGreaterThanOrEqualTo(0.95);
	}

}
