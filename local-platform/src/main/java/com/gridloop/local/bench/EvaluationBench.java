package com.gridloop.local.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code ./gridloop bench evaluation}: simulated campaigns with planted effects through
 * the evaluation service's calculation classes (Newcombe, Welch, CUPED, the mSPRT
 * interval), checking coverage, A/A false positives, CUPED's variance reduction and the
 * false-positive rate of the always-valid interval under daily peeking.
 */
public final class EvaluationBench {

	private final PrintStream out;

	public EvaluationBench(PrintStream out) {
		this.out = out;
	}

	public void run(int campaigns, long seed, String command) {
		long t0 = System.nanoTime();
		List<EvaluationSimulation.Outcome> outcomes = IntStream.range(0, campaigns)
			.parallel()
			.mapToObj(i -> EvaluationSimulation.run(seed + 7919L * i))
			.toList();
		double seconds = (System.nanoTime() - t0) / 1e9;
		double coverage = outcomes.stream().mapToInt(EvaluationSimulation.Outcome::covered).sum() / (3.0 * campaigns);
		double aaFpr = outcomes.stream().mapToInt(EvaluationSimulation.Outcome::aaFalsePositives).sum()
				/ (2.0 * campaigns);
		double seqFpr = share(outcomes.stream().filter(EvaluationSimulation.Outcome::sequentialFalsePositive).count(),
				campaigns);
		double naiveFpr = share(outcomes.stream().filter(EvaluationSimulation.Outcome::naiveFalsePositive).count(),
				campaigns);
		double reduction = outcomes.stream()
			.mapToDouble(EvaluationSimulation.Outcome::cupedVarianceReduction)
			.average()
			.orElse(0);
		double correlation = outcomes.stream()
			.mapToDouble(EvaluationSimulation.Outcome::preCorrelation)
			.average()
			.orElse(0);
		long zero = outcomes.stream().filter(EvaluationSimulation.Outcome::zeroEffect).count();
		this.out.printf(Locale.ROOT,
				"bench evaluation: %,d simulated campaigns (%d with zero planted effect, base rates 1-20 %%, "
						+ "2,000-20,000 customers) in %.1f s%n",
				campaigns, zero, seconds);
		this.out.printf(Locale.ROOT,
				"  coverage of the 95 %% intervals (Newcombe conversion, Welch DiD and CUPED load): %.3f%n", coverage);
		this.out.printf(Locale.ROOT, "  A/A false-positive rate (conversion and CUPED load): %.3f%n", aaFpr);
		this.out.printf(Locale.ROOT,
				"  daily peeking over %d days, A/A: always-valid (mSPRT) interval %.3f, fixed 95 %% interval %.3f%n",
				EvaluationSimulation.DAYS, seqFpr, naiveFpr);
		this.out.printf(Locale.ROOT,
				"  load: pre/post correlation %.2f, CUPED variance reduction %.3f (ρ² would be %.3f)%n", correlation,
				reduction, correlation * correlation);
		String[] cells = { String.format(Locale.ROOT, "%,d", campaigns), f(coverage), f(aaFpr), f(seqFpr), f(naiveFpr),
				f(correlation), f(reduction), String.format(Locale.ROOT, "%.1f s", seconds) };
		BenchmarkReport.inWorkingDirectory()
			.append("evaluation",
					"""
							Simulated campaigns with planted effects (a third zero) through evaluation's own calculation classes.
							Targets: coverage ≥ 0.93, A/A false positives ≤ 0.06, sequential false positives under daily
							peeking ≤ 0.06, CUPED variance reduction ≥ 0.3.""",
					command, new String[] { "campaigns", "coverage", "aa_fpr", "seq_fpr", "naive peeking fpr",
							"pre/post correlation", "cuped_var_reduction", "time" },
					cells);
		this.out.printf(Locale.ROOT, "evaluation: coverage %.3f, aa_fpr %.3f, seq_fpr %.3f, cuped_var_reduction %.3f "
				+ "over %d campaigns%n", coverage, aaFpr, seqFpr, reduction, campaigns);
	}

	private static double share(long count, int of) {
		return (double) count / of;
	}

	private static String f(double v) {
		return String.format(Locale.ROOT, "%.3f", v);
	}

}
