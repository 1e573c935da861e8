package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.List;

import com.gridloop.datagen.identity.IdentityDatasetGenerator;
import com.gridloop.datagen.identity.IdentityRow;

/**
 * Runs the identity benchmark on generated records and prints one line,
 * {@code identity: <records> records in <s> s, precision <p>, recall <r>}, on standard output; details (blocking,
 * phases, model) go to standard error. Arguments: number of records (default 1,000,000), seed (default 42). In the
 * test sources because the generator is a test dependency of the service.
 */
public final class IdentityBenchmarkMain {

	private IdentityBenchmarkMain() {
	}

	public static void main(String[] args) {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : IdentityDatasetGenerator.DEFAULT_RECORDS;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
		List<IdentityRecord> records = new ArrayList<>(n);
		List<String> truth = new ArrayList<>(n);
		for (IdentityRow row : new IdentityDatasetGenerator(seed).generate(n)) {
			records.add(new IdentityRecord(row.recordId(), row.source(), row.name(), row.phone(), row.address(),
					row.regionCode(), row.accountNo()));
			truth.add(row.entityId());
		}
		IdentityBenchmark.Result result = IdentityBenchmark.run(records, truth, new IdentityResolver());
		System.err.printf("candidate pairs %d, LINK %d, REVIEW %d, entities %d (true pairs %d, predicted %d)%n",
				result.candidatePairs(), result.linkPairs(), result.reviewPairs(), result.entities(),
				result.truePairs(), result.predictedPairs());
		result.blocks().forEach(b -> System.err.println(b));
		System.err.println("phases (s): " + result.resolution().phaseSeconds());
		result.resolution().estimation().ifPresent(em -> System.err.printf("EM: %d iterations, converged %s%n",
				em.iterations(), em.converged()));
		System.err.println(result.resolution().model());
		System.out.println(result.line());
	}

}
