package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityResolverTest {

	// The configured model, as is: a handful of records is no data to estimate from.
	private final IdentityResolver resolver = new IdentityResolver(
			IdentityResolver.Settings.defaults().withEstimate(false).withThreads(1), FellegiSunterModel.defaults());

	private static final IdentityRecord ARCHIVE = new IdentityRecord("R5", "ARCHIVE", "王伟", "13800001111",
			"湖北省武汉市江岸区解放大道100号3栋2单元501室", "420102", "4200000001");

	private static final IdentityRecord CALLER = new IdentityRecord("R7", "95598", "王 伟", "+86 138-0000-1111",
			"江岸区 解放大道 100 號 3栋2单元501室", null, null);

	// Shares the surname, the district and the house number (so blocking pairs them),
	// nothing else.
	private static final IdentityRecord NEIGHBOUR = new IdentityRecord("R6", "ARCHIVE", "王芳", "13900002222",
			"湖北省武汉市江岸区中山大道100号8栋1单元202室", "420102", "4200000002");

	private static final IdentityRecord STRANGER = new IdentityRecord("R9", "APP", "李娜", "15800003333", null, null,
			null);

	@Test
	void clearDuplicateIsLinkedAndExplainedFieldByField() {
		Resolution resolution = this.resolver.resolve(List.of(ARCHIVE, NEIGHBOUR, CALLER, STRANGER));
		MatchExplanation pair = resolution.explain("R5", "R7").orElseThrow();
		assertThat(pair.decision()).isEqualTo(Decision.LINK);
		assertThat(pair.probability()).isGreaterThan(0.999);
		assertThat(pair.field(IdentityField.NAME).level()).isEqualTo(Level.EXACT);
		assertThat(pair.field(IdentityField.PHONE).level()).isEqualTo(Level.EXACT);
		assertThat(pair.field(IdentityField.ADDRESS).level()).isEqualTo(Level.EXACT);
		assertThat(pair.field(IdentityField.REGION).level()).isEqualTo(Level.MISSING);
		assertThat(pair.field(IdentityField.NAME).weight()).isPositive();
		assertThat(pair.field(IdentityField.PHONE).weight()).isPositive();
		assertThat(pair.field(IdentityField.ADDRESS).weight()).isPositive();
		assertThat(pair.field(IdentityField.REGION).weight()).isZero();
		double fields = pair.fields().stream().mapToDouble(MatchExplanation.FieldContribution::weight).sum();
		assertThat(pair.priorWeight() + fields).isEqualTo(pair.matchWeight());
		assertThat(pair.toString()).contains("R5 ~ R7: LINK").contains("PHONE").contains("same mobile number");
		assertThat(resolution.goldenId("R5")).isEqualTo(resolution.goldenId("R7"));
	}

	@Test
	void peopleSharingOnlyASurnameAreNotLinked() {
		Resolution resolution = this.resolver.resolve(List.of(ARCHIVE, NEIGHBOUR));
		MatchExplanation pair = resolution.explain("R5", "R6").orElseThrow();
		assertThat(pair.decision()).isEqualTo(Decision.NO_LINK);
		assertThat(pair.field(IdentityField.NAME).level()).isEqualTo(Level.DIFFERENT);
		assertThat(pair.field(IdentityField.NAME).weight()).isNegative();
		assertThat(pair.field(IdentityField.PHONE).weight()).isNegative();
		assertThat(pair.probability()).isLessThan(0.01);
		assertThat(resolution.goldenId("R5")).isNotEqualTo(resolution.goldenId("R6"));
		assertThat(resolution.count(Decision.LINK)).isZero();
		assertThat(resolution.entityCount()).isEqualTo(2);
	}

	@Test
	void unrelatedRecordsAreNotEvenCompared() {
		Resolution resolution = this.resolver.resolve(List.of(ARCHIVE, STRANGER));
		assertThat(resolution.candidatePairCount()).isZero();
		assertThat(resolution.explain("R5", "R9")).isEmpty();
	}

	@Test
	void newCustomersGetTheNameBasedIdOfTheirSmallestRecordIdTheSameInEveryRun() {
		Resolution first = this.resolver.resolve(List.of(CALLER, ARCHIVE, STRANGER));
		Resolution again = this.resolver.resolve(List.of(CALLER, ARCHIVE, STRANGER));
		assertThat(first.goldenId("R7")).isEqualTo(GoldenIds.newId("R5"));
		assertThat(first.goldenId("R9")).isEqualTo(GoldenIds.newId("R9"));
		assertThat(again.linkedRecords()).isEqualTo(first.linkedRecords());
	}

	@Test
	void goldenIdStaysWhenARecordIsAddedLater() {
		Resolution first = this.resolver.resolve(List.of(ARCHIVE, CALLER));
		String golden = first.goldenId("R5");
		// A later app user with the same phone, whose record id sorts before every
		// earlier one.
		IdentityRecord later = new IdentityRecord("R1", "APP", null, "0086 13800001111", null, null, null);
		List<IdentityRecord> next = new ArrayList<>(first.linkedRecords());
		next.add(later);
		Resolution second = this.resolver.resolve(next);
		assertThat(second.goldenId("R1")).isEqualTo(golden).isNotEqualTo(GoldenIds.newId("R1"));
		assertThat(second.goldenId("R5")).isEqualTo(golden);
		assertThat(second.retiredGoldenIds()).isEmpty();
	}

	@Test
	void mergedCustomersKeepTheGoldenIdOfTheEarliestKnownRecord() {
		IdentityRecord older = ARCHIVE.withGoldenId("golden-old");
		IdentityRecord newer = new IdentityRecord("R2", "ARCHIVE", "王伟", "18600004444", "湖北省武汉市江岸区解放大道100号3栋2单元501室",
				"420102", "4200000003")
			.withGoldenId("golden-new");
		// The caller links both: same phone as the first, same name and address as both.
		Resolution resolution = this.resolver.resolve(List.of(older, newer, CALLER));
		assertThat(resolution.goldenId("R2")).isEqualTo("golden-old");
		assertThat(resolution.goldenId("R7")).isEqualTo("golden-old");
		assertThat(resolution.retiredGoldenIds()).containsEntry("golden-new", "golden-old");
	}

	@Test
	void aSplitLeavesTheGoldenIdWithTheEarliestRecord() {
		IdentityRecord a = ARCHIVE.withGoldenId("golden-1");
		IdentityRecord b = NEIGHBOUR.withGoldenId("golden-1");
		Resolution resolution = this.resolver.resolve(List.of(a, b));
		assertThat(resolution.goldenId("R5")).isEqualTo("golden-1");
		assertThat(resolution.goldenId("R6")).isEqualTo(GoldenIds.newId("R6"));
		assertThat(resolution.retiredGoldenIds()).isEmpty();
	}

	@Test
	void oversizedBlocksAreSkippedAndCounted() {
		List<PreparedRecord> shared = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			shared.add(PreparedRecord.of(new IdentityRecord("S" + i, "95598", null, "13800001111", null, null, null)));
		}
		shared.add(PreparedRecord.of(new IdentityRecord("T0", "APP", null, "13900001111", null, null, null)));
		shared.add(PreparedRecord.of(new IdentityRecord("T1", "APP", null, "13900001111", null, null, null)));
		CandidatePairs candidates = new Blocker(List.of(BlockingRule.PHONE), 3).candidates(shared);
		BlockStats stats = candidates.stats().get(0);
		assertThat(stats.oversizedBlocks()).isEqualTo(1);
		assertThat(stats.recordsInOversizedBlocks()).isEqualTo(5);
		assertThat(stats.pairsSkipped()).isEqualTo(10);
		assertThat(stats.pairs()).isEqualTo(1);
		assertThat(candidates.size()).isEqualTo(1);
		assertThat(candidates.contains(6, 5)).isTrue();
	}

	@Test
	void pairsProposedByManyRulesAreComparedOnce() {
		IdentityRecord twin = new IdentityRecord("R8", "ARCHIVE", "王伟", "13800001111", "湖北省武汉市江岸区解放大道100号3栋2单元501室",
				"420102", "4200000001");
		Resolution resolution = this.resolver.resolve(List.of(ARCHIVE, twin));
		assertThat(resolution.blockStats()).hasSize(BlockingRule.values().length)
			.allSatisfy(stats -> assertThat(stats.pairs()).isEqualTo(1));
		assertThat(resolution.candidatePairCount()).isEqualTo(1);
	}

}
