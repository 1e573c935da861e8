package com.gridloop.ingestion.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityFieldTest {

	@Test
	void nameLevels() {
		assertThat(compare(IdentityField.NAME, withName("王 伟"), withName("王伟"))).isEqualTo(Level.EXACT);
		assertThat(compare(IdentityField.NAME, withName("武汉华鑫商贸有限公司"), withName("武汉华鑫商贸有线公司"))).isEqualTo(Level.CLOSE);
		assertThat(compare(IdentityField.NAME, withName("王建国"), withName("王建华"))).isEqualTo(Level.FAR);
		// Jaro-Winkler 0.7999999999999999: at the threshold, not below it.
		assertThat(compare(IdentityField.NAME, withName("王建国"), withName("王键国"))).isEqualTo(Level.FAR);
		assertThat(compare(IdentityField.NAME, withName("王伟"), withName("王芳"))).isEqualTo(Level.DIFFERENT);
		assertThat(compare(IdentityField.NAME, withName("王伟"), withName(null))).isEqualTo(Level.MISSING);
	}

	@Test
	void phoneLevels() {
		assertThat(compare(IdentityField.PHONE, withPhone("+86 138 0000 1111"), withPhone("13800001111")))
			.isEqualTo(Level.EXACT);
		assertThat(compare(IdentityField.PHONE, withPhone("13800001111"), withPhone("15900001111")))
			.isEqualTo(Level.CLOSE);
		assertThat(compare(IdentityField.PHONE, withPhone("13800001111"), withPhone("13800001112")))
			.isEqualTo(Level.DIFFERENT);
		assertThat(compare(IdentityField.PHONE, withPhone("027-8888-1234"), withPhone("13800001111")))
			.isEqualTo(Level.MISSING);
	}

	@Test
	void addressLevels() {
		assertThat(compare(IdentityField.ADDRESS, withAddress("湖北省武汉市江岸区解放大道100号3栋2单元501室"),
				withAddress("解放大道 100 號 3栋2单元501室")))
			.isEqualTo(Level.EXACT);
		assertThat(compare(IdentityField.ADDRESS, withAddress("江岸区解放大道100号3栋2单元501室"), withAddress("解放大道100号")))
			.isEqualTo(Level.CLOSE);
		assertThat(compare(IdentityField.ADDRESS, withAddress("江岸区解放大道100号"), withAddress("江岸区解放大道108号")))
			.isEqualTo(Level.FAR);
		assertThat(compare(IdentityField.ADDRESS, withAddress("江岸区解放大道100号"), withAddress("洪山区珞喻路1037号")))
			.isEqualTo(Level.DIFFERENT);
		assertThat(compare(IdentityField.ADDRESS, withAddress("江岸区解放大道100号"), withAddress(" ")))
			.isEqualTo(Level.MISSING);
	}

	@Test
	void regionAndAccountLevels() {
		IdentityRecord a = new IdentityRecord("a", "ARCHIVE", null, null, null, "420102", "4200000001");
		IdentityRecord b = new IdentityRecord("b", "95598", null, null, null, " 420102", "4200000002");
		IdentityRecord c = new IdentityRecord("c", "APP", null, null, null, null, null);
		assertThat(compare(IdentityField.REGION, a, b)).isEqualTo(Level.EXACT);
		assertThat(compare(IdentityField.ACCOUNT, a, b)).isEqualTo(Level.DIFFERENT);
		assertThat(compare(IdentityField.REGION, a, c)).isEqualTo(Level.MISSING);
		assertThat(compare(IdentityField.ACCOUNT, a, c)).isEqualTo(Level.MISSING);
	}

	@Test
	void patternsHoldEveryFieldsLevel() {
		int pattern = ComparisonPattern.of(Level.EXACT, Level.MISSING, Level.FAR, Level.DIFFERENT, Level.CLOSE);
		assertThat(ComparisonPattern.level(pattern, IdentityField.NAME)).isEqualTo(Level.EXACT);
		assertThat(ComparisonPattern.level(pattern, IdentityField.PHONE)).isEqualTo(Level.MISSING);
		assertThat(ComparisonPattern.level(pattern, IdentityField.ADDRESS)).isEqualTo(Level.FAR);
		assertThat(ComparisonPattern.level(pattern, IdentityField.REGION)).isEqualTo(Level.DIFFERENT);
		assertThat(ComparisonPattern.level(pattern, IdentityField.ACCOUNT)).isEqualTo(Level.CLOSE);
		assertThat(pattern).isBetween(0, ComparisonPattern.COUNT - 1);
		PreparedRecord a = PreparedRecord
			.of(new IdentityRecord("a", "ARCHIVE", "王伟", "13800001111", "江岸区解放大道100号", "420102", null));
		PreparedRecord b = PreparedRecord
			.of(new IdentityRecord("b", "95598", "王伟", "13800001111", null, "420103", null));
		assertThat(ComparisonPattern.of(a, b))
			.isEqualTo(ComparisonPattern.of(Level.EXACT, Level.EXACT, Level.MISSING, Level.DIFFERENT, Level.MISSING));
	}

	private static Level compare(IdentityField field, IdentityRecord a, IdentityRecord b) {
		return field.compare(PreparedRecord.of(a), PreparedRecord.of(b));
	}

	private static IdentityRecord withName(String name) {
		return new IdentityRecord("n", "ARCHIVE", name, null, null, null, null);
	}

	private static IdentityRecord withPhone(String phone) {
		return new IdentityRecord("p", "ARCHIVE", null, phone, null, null, null);
	}

	private static IdentityRecord withAddress(String address) {
		return new IdentityRecord("d", "ARCHIVE", null, null, address, null, null);
	}

}
