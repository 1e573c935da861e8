package com.gridloop.local.chaos;

import java.time.Duration;
import java.util.List;

import com.gridloop.local.chaos.FaultInjector.Fault;
import com.gridloop.local.chaos.FaultInjector.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./gridloop chaos} in small: 500 customers through the five services as processes
 * of their own, once without faults and once with reach killed with SIGKILL while it
 * sends and the broker stopped for a few seconds while profile consumes; every stage's
 * count must come out as without faults.
 */
class ChaosRunTest {

	@Test
	void aKilledServiceAndABrokerOutageLoseAndDoubleNothing() throws Exception {
		ChaosRun.Options options = new ChaosRun.Options(500, 100_000, 20261126L,
				List.of(new Fault(Kind.KILL, "reach", "reach"), new Fault(Kind.BROKER, null, "profile")),
				Duration.ofSeconds(5), "384m");

		ChaosRun.Verdict verdict = new ChaosRun(System.out).run(options);

		assertThat(verdict.faults()).isEqualTo(2);
		assertThat(verdict.rows()).allSatisfy(row -> assertThat(row.found()).as(row.count()).isEqualTo(row.expected()));
		assertThat(verdict.rows()).filteredOn(row -> row.count().equals("gateway messages"))
			.singleElement()
			.satisfies(row -> assertThat(row.found()).isPositive());
		assertThat(verdict.rows()).filteredOn(row -> row.count().equals("ingestion daily facts"))
			.singleElement()
			.satisfies(row -> assertThat(row.found()).isPositive());
		assertThat(verdict.lost()).isZero();
		assertThat(verdict.duplicated()).isZero();
		assertThat(verdict.line()).matches("chaos: faults 2, lost 0, duplicated 0, recovered in \\d+\\.\\d s");
	}

}
