package com.gridloop.local.bench;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation bench's targets on 300 simulated campaigns: the service's intervals
 * cover the planted effects, A/A tests and daily peeking keep their error rates, and the
 * simulated load correlates as planned.
 */
class EvaluationSimulationTest {

	@Test
	void theStatisticsMeetTheirTargetsOnSimulatedCampaigns() {
		List<EvaluationSimulation.Outcome> outcomes = LongStream.range(0, 300)
			.mapToObj(i -> EvaluationSimulation.run(99 + 7919L * i))
			.toList();
		double coverage = outcomes.stream().mapToInt(EvaluationSimulation.Outcome::covered).sum() / 900.0;
		double aa = outcomes.stream().mapToInt(EvaluationSimulation.Outcome::aaFalsePositives).sum() / 600.0;
		double sequential = outcomes.stream().filter(EvaluationSimulation.Outcome::sequentialFalsePositive).count()
				/ 300.0;
		double naive = outcomes.stream().filter(EvaluationSimulation.Outcome::naiveFalsePositive).count() / 300.0;
		double correlation = outcomes.stream()
			.mapToDouble(EvaluationSimulation.Outcome::preCorrelation)
			.average()
			.orElseThrow();
		double reduction = outcomes.stream()
			.mapToDouble(EvaluationSimulation.Outcome::cupedVarianceReduction)
			.average()
			.orElseThrow();
		assertThat(coverage).isGreaterThanOrEqualTo(0.93);
		assertThat(aa).isLessThanOrEqualTo(0.07);
		assertThat(sequential).isLessThanOrEqualTo(0.07);
		// Peeking at the fixed interval is what the sequential one protects against.
		assertThat(naive).isGreaterThan(0.15);
		assertThat(correlation).isBetween(0.65, 0.75);
		assertThat(reduction).isGreaterThan(0.3);
	}

}
