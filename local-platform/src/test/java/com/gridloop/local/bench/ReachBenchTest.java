package com.gridloop.local.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./gridloop bench reach} on a small scale, so that the bench keeps working: the
 * pipeline decides the planted mix (the bench fails otherwise), the gateway alone takes
 * the same messages, the call list answers under load, and the figures reach the report
 * and the summary line.
 */
class ReachBenchTest {

	@Test
	void runsTheBenchOnASmallCounty(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("docs"));
		Path file = dir.resolve("docs").resolve("benchmarks.md");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		ReachBench.Result result = new ReachBench(out, new BenchmarkReport(file)).run(2_000, 2, 100,
				"./gridloop bench reach --targets 2000 --seconds 2 --rate 100");

		ReachBenchData.Expected expected = ReachBenchData.Expected.of(2_000);
		assertThat(expected.consent()).isEqualTo(40);
		assertThat(expected.frequencyCap()).isEqualTo(40);
		assertThat(expected.sendTime()).isEqualTo(20);
		assertThat(result.sent()).isEqualTo(1_900);
		assertThat(result.pipelineSeconds()).isPositive();
		assertThat(result.gatewaySeconds()).isPositive();
		assertThat(result.callLists().requests()).isEqualTo(200);
		assertThat(result.callLists().errors()).isZero();
		assertThat(result.callLists().latencies().getTotalCount()).isEqualTo(200);
		String printed = bytes.toString(StandardCharsets.UTF_8).strip();
		String last = printed.substring(printed.lastIndexOf('\n') + 1);
		assertThat(last).isEqualTo(result.summary())
			.matches("reach: 2000 targets in \\d+\\.\\d s \\(ratio \\d+\\.\\d\\d vs gateway alone\\), "
					+ "call-list p99 \\d+\\.\\d ms at 100 rps");
		assertThat(Files.readString(file)).contains("<!-- bench:reach -->")
			.contains("| `./gridloop bench reach --targets 2000 --seconds 2 --rate 100` | 2,000 | 1,900 |");
	}

	@Test
	void theRunStartsAtNoonInThePolicysZone() {
		for (String at : new String[] { "2026-12-01T00:00:00Z", "2026-12-01T11:59:59Z", "2026-12-01T14:48:55Z",
				"2026-12-01T23:59:59Z", "2026-12-01T12:00:00Z" }) {
			Instant now = Instant.parse(at);
			LocalTime local = now.atOffset(ReachBench.noonAt(now)).toLocalTime();
			assertThat(local).as(at).isBetween(LocalTime.NOON, LocalTime.of(12, 0, 59, 999_999_999));
		}
	}

}
