package com.gridloop.ingestion.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentityIndexTest {

	private final IdentityIndex index = new IdentityIndex(FellegiSunterModel.defaults());

	@Test
	void aNewRecordIsMatchedAgainstTheIndexedOnes() {
		this.index.addKnown(new IdentityRecord("ARCHIVE:1", "ARCHIVE", "张秀英", "13912345678",
				"湖北省武汉市洪山区珞喻路1037号5栋1单元302室", "420111", "4200000011", "golden-zhang"));
		this.index.addKnown(new IdentityRecord("ARCHIVE:2", "ARCHIVE", "张秀兰", "13787654321",
				"湖北省武汉市洪山区珞喻路1037号9栋2单元101室", "420111", "4200000012", "golden-other"));

		IdentityIndex.Result result = this.index
			.add(new IdentityRecord("95598:9", "95598", "张 秀英", "+86 139-1234-5678", null, null, null));

		assertThat(result.newCustomer()).isFalse();
		assertThat(result.goldenId()).isEqualTo("golden-zhang");
		assertThat(result.withDecision(Decision.LINK)).singleElement().satisfies(link -> {
			assertThat(link.rightRecordId()).isEqualTo("ARCHIVE:1");
			assertThat(link.field(IdentityField.PHONE).level()).isEqualTo(Level.EXACT);
			assertThat(link.field(IdentityField.NAME).level()).isEqualTo(Level.EXACT);
		});
		assertThat(this.index.goldenId("95598:9")).isEqualTo("golden-zhang");
		assertThat(this.index.size()).isEqualTo(3);
	}

	@Test
	void aRecordMatchingNobodyStartsACustomer() {
		this.index.add(new IdentityRecord("A", "ARCHIVE", "刘洋", "13500001111", "江汉区新华路8号", "420103", "4200000021"));
		IdentityIndex.Result result = this.index
			.add(new IdentityRecord("B", "ARCHIVE", "刘洋", "18800002222", "洪山区雄楚大道99号", "420111", "4200000022"));
		assertThat(result.newCustomer()).isTrue();
		assertThat(result.goldenId()).isEqualTo(GoldenIds.newId("B"));
		assertThat(result.candidates()).isEmpty();
	}

	@Test
	void goldenIdStaysWhenARecordIsAddedLater() {
		IdentityIndex.Result first = this.index
			.add(new IdentityRecord("R5", "ARCHIVE", "王伟", "13800001111", "江岸区解放大道100号", "420102", null));
		IdentityIndex.Result second = this.index
			.add(new IdentityRecord("R7", "95598", "王伟", "138 0000 1111", null, null, null));
		IdentityIndex.Result third = this.index
			.add(new IdentityRecord("R1", "APP", null, "0086 13800001111", null, null, null));
		assertThat(first.goldenId()).isEqualTo(GoldenIds.newId("R5"));
		assertThat(second.goldenId()).isEqualTo(first.goldenId());
		assertThat(third.goldenId()).isEqualTo(first.goldenId()).isNotEqualTo(GoldenIds.newId("R1"));
		assertThat(this.index.goldenId("R1")).isEqualTo(this.index.goldenId("R5"));
	}

	@Test
	void aRecordLinkingTwoCustomersMergesThemUnderTheEarliest() {
		this.index.add(new IdentityRecord("A", "ARCHIVE", "陈静", "13300001111", "武昌区武珞路12号3栋101室", "420106", null));
		this.index.add(new IdentityRecord("B", "APP", null, "15500002222", null, null, null));
		assertThat(this.index.goldenId("A")).isNotEqualTo(this.index.goldenId("B"));
		// Same name and address as A, same phone as B.
		IdentityIndex.Result bridge = this.index
			.add(new IdentityRecord("C", "95598", "陈静", "15500002222", "武昌区 武珞路 12号 3栋101室", "420106", null));
		assertThat(bridge.goldenId()).isEqualTo(GoldenIds.newId("A"));
		assertThat(bridge.mergedGoldenIds()).containsExactly(GoldenIds.newId("B"));
		assertThat(this.index.goldenId("B")).isEqualTo(GoldenIds.newId("A"));
		assertThat(this.index.retiredGoldenIds()).containsEntry(GoldenIds.newId("B"), GoldenIds.newId("A"));
	}

	@Test
	void matchingAloneIndexesNothing() {
		this.index.add(new IdentityRecord("A", "ARCHIVE", "周明", "13600001111", null, "420102", null));
		List<MatchExplanation> found = this.index
			.match(new IdentityRecord("Q", "95598", "周明", "13600001111", null, null, null));
		assertThat(found).singleElement().extracting(MatchExplanation::decision).isEqualTo(Decision.LINK);
		assertThat(this.index.size()).isEqualTo(1);
		assertThat(this.index.goldenId("Q")).isNull();
	}

	@Test
	void oversizedBlocksAreSkippedAndCounted() {
		IdentityIndex small = new IdentityIndex(FellegiSunterModel.defaults(), Thresholds.defaults(),
				List.of(BlockingRule.PHONE), 3);
		small.addAll(List.of(new IdentityRecord("A", "95598", null, "13600001111", null, null, null),
				new IdentityRecord("B", "95598", null, "13600001111", null, null, null),
				new IdentityRecord("C", "95598", null, "13600001111", null, null, null)));
		IdentityIndex.Result fourth = small
			.add(new IdentityRecord("D", "95598", null, "13600001111", null, null, null));
		assertThat(fourth.skippedBlocks()).isEqualTo(1);
		assertThat(fourth.candidates()).isEmpty();
	}

	@Test
	void refusesARecordTwice() {
		this.index.add(new IdentityRecord("A", "APP", null, "13600001111", null, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.index.add(new IdentityRecord("A", "APP", null, "13600001111", null, null, null)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.index.addKnown(new IdentityRecord("K", "APP", null, null, null, null, null)));
	}

}
