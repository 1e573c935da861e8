package com.gridloop.ingestion.customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.standard.CodeStandards;
import com.gridloop.ingestion.standard.Phones;
import com.gridloop.ingestion.standard.Standardised;
import com.gridloop.ingestion.usage.TariffCalendars;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;

/** Validates and normalises customer archive rows. */
final class CustomerRowParser {

	static final Map<String, List<String>> COLUMNS = Map.ofEntries(
			Map.entry("customer_no", List.of("customer_no", "cust_no", "客户编号")),
			Map.entry("cons_no", List.of("cons_no", "account_no", "户号")),
			Map.entry("meter_no", List.of("meter_no", "meter_asset_no", "电能表资产号")),
			Map.entry("name", List.of("name", "cust_name", "户名")),
			Map.entry("phone", List.of("phone", "mobile", "联系电话")),
			Map.entry("address", List.of("address", "elec_addr", "用电地址")),
			Map.entry("region_code", List.of("region_code", "org_no", "区域编码")),
			Map.entry("category", List.of("category", "elec_type", "用电类别")),
			Map.entry("voltage_level", List.of("voltage_level", "volt_code", "电压等级")),
			Map.entry("contracted_kva", List.of("contracted_kva", "contract_cap", "合同容量")),
			Map.entry("industry_code", List.of("industry_code", "trade_code", "行业分类")),
			Map.entry("tariff_code", List.of("tariff_code", "prc_code", "电价代码")),
			Map.entry("account_manager", List.of("account_manager", "mgr_no", "客户经理")));

	static final List<String> REQUIRED = List.of("customer_no", "category", "tariff_code");

	private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("RESIDENTIAL", "RESIDENTIAL"),
			Map.entry("居民生活", "RESIDENTIAL"), Map.entry("居民", "RESIDENTIAL"), Map.entry("GENERAL_CI", "GENERAL_CI"),
			Map.entry("一般工商业", "GENERAL_CI"), Map.entry("LARGE_INDUSTRIAL", "LARGE_INDUSTRIAL"),
			Map.entry("大工业", "LARGE_INDUSTRIAL"), Map.entry("AGRICULTURAL", "AGRICULTURAL"),
			Map.entry("农业生产", "AGRICULTURAL"));

	/**
	 * The largest contracted capacity one customer can hold (a steel works draws some
	 * 10^6 kVA).
	 */
	static final BigDecimal MAX_KVA = new BigDecimal("5000000");

	private final TariffCalendars tariffs;

	private final CodeStandards standards;

	CustomerRowParser(TariffCalendars tariffs, CodeStandards standards) {
		this.tariffs = tariffs;
		this.standards = standards;
	}

	CustomerRecord parse(Fields row) throws RowRejected {
		String customerNo = row.required("customer_no");
		String categoryText = row.required("category");
		String category = CATEGORIES.get(categoryText.toUpperCase(Locale.ROOT));
		if (category == null) {
			throw new RowRejected(Reason.UNKNOWN_CODE, "Unknown electricity category " + categoryText);
		}
		String tariff = row.required("tariff_code");
		BigDecimal kva = row.nonNegative("contracted_kva", false, MAX_KVA);
		List<String> flags = new ArrayList<>();
		if (!this.tariffs.knows(tariff)) {
			flags.add("UNKNOWN_TARIFF");
		}
		String written = row.text("phone");
		String phone = Phones.normalise(written);
		if (written != null && phone == null) {
			flags.add("INVALID_PHONE");
		}
		String region = standard(row, "region_code", this.standards::region, "UNKNOWN_REGION", flags);
		String voltage = standard(row, "voltage_level", this.standards::voltage, "UNKNOWN_VOLTAGE", flags);
		String industry = standard(row, "industry_code", this.standards::industry, "UNKNOWN_INDUSTRY", flags);
		return new CustomerRecord(customerNo, row.text("cons_no"), row.text("meter_no"), row.text("name"), phone,
				row.text("address"), region, category, voltage, kva == null ? null : kva.doubleValue(), industry,
				tariff, row.text("account_manager"), List.copyOf(flags));
	}

	/**
	 * The column's value in its standard form; an unrecognised one is kept as written and
	 * flagged.
	 */
	private static String standard(Fields row, String column, Function<String, Standardised> standard, String flag,
			List<String> flags) throws RowRejected {
		String raw = row.text(column);
		if (raw == null) {
			return null;
		}
		Standardised s = standard.apply(raw);
		if (!s.known()) {
			flags.add(flag);
		}
		return s.code();
	}

}
