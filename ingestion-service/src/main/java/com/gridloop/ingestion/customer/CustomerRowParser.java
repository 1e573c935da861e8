package com.gridloop.ingestion.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.gridloop.ingestion.csv.Columns;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.standard.CodeStandards;
import com.gridloop.ingestion.standard.Phones;
import com.gridloop.ingestion.standard.Standardised;
import com.gridloop.ingestion.usage.TariffCalendars;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Validates and normalises customer archive rows. */
final class CustomerRowParser {

	static final Map<String, List<String>> COLUMNS = Map.ofEntries(
			Map.entry("customer_no", List.of("customer_no", "cust_no", "客户编号")),
			Map.entry("cons_no", List.of("cons_no", "account_no", "户号")),
			Map.entry("meter_no", List.of("meter_no", "meter_asset_no", "电能表资产号")),
			Map.entry("name", List.of("name", "cust_name", "户名")), Map.entry("phone", List.of("phone", "mobile", "联系电话")),
			Map.entry("address", List.of("address", "elec_addr", "用电地址")),
			Map.entry("region_code", List.of("region_code", "org_no", "区域编码")),
			Map.entry("category", List.of("category", "elec_type", "用电类别")),
			Map.entry("voltage_level", List.of("voltage_level", "volt_code", "电压等级")),
			Map.entry("contracted_kva", List.of("contracted_kva", "contract_cap", "合同容量")),
			Map.entry("industry_code", List.of("industry_code", "trade_code", "行业分类")),
			Map.entry("tariff_code", List.of("tariff_code", "prc_code", "电价代码")));

	static final List<String> REQUIRED = List.of("customer_no", "category", "tariff_code");

	private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("RESIDENTIAL", "RESIDENTIAL"),
			Map.entry("居民生活", "RESIDENTIAL"), Map.entry("居民", "RESIDENTIAL"), Map.entry("GENERAL_CI", "GENERAL_CI"),
			Map.entry("一般工商业", "GENERAL_CI"), Map.entry("LARGE_INDUSTRIAL", "LARGE_INDUSTRIAL"),
			Map.entry("大工业", "LARGE_INDUSTRIAL"), Map.entry("AGRICULTURAL", "AGRICULTURAL"),
			Map.entry("农业生产", "AGRICULTURAL"));

	/** What became of a row: a record, or why not. */
	sealed interface Result permits Accepted, Rejected {
	}

	record Accepted(CustomerRecord record) implements Result {
	}

	record Rejected(Reason reason, String message) implements Result {
	}

	private final Columns columns;

	private final TariffCalendars tariffs;

	private final CodeStandards standards;

	CustomerRowParser(Columns columns, TariffCalendars tariffs, CodeStandards standards) {
		this.columns = columns;
		this.tariffs = tariffs;
		this.standards = standards;
	}

	Result parse(CsvRecord row) {
		if (row.getFieldCount() != this.columns.width()) {
			return new Rejected(Reason.COLUMN_COUNT,
					"Expected " + this.columns.width() + " fields, found " + row.getFieldCount());
		}
		String customerNo = field(row, "customer_no");
		if (customerNo == null) {
			return new Rejected(Reason.MISSING_VALUE, "customer_no is empty");
		}
		String categoryText = field(row, "category");
		if (categoryText == null) {
			return new Rejected(Reason.MISSING_VALUE, "category is empty");
		}
		String category = CATEGORIES.get(categoryText.toUpperCase(Locale.ROOT));
		if (category == null) {
			return new Rejected(Reason.UNKNOWN_CODE, "Unknown electricity category " + categoryText);
		}
		String tariff = field(row, "tariff_code");
		if (tariff == null) {
			return new Rejected(Reason.MISSING_VALUE, "tariff_code is empty");
		}
		Double kva = null;
		String kvaText = field(row, "contracted_kva");
		if (kvaText != null) {
			try {
				kva = Double.parseDouble(kvaText);
			}
			catch (NumberFormatException ex) {
				return new Rejected(Reason.BAD_NUMBER, "contracted_kva is not a number: " + kvaText);
			}
			if (!Double.isFinite(kva) || kva < 0) {
				return new Rejected(Reason.NEGATIVE_VALUE, "contracted_kva must be a non-negative number: " + kvaText);
			}
		}
		List<String> flags = new ArrayList<>();
		if (!this.tariffs.knows(tariff)) {
			flags.add("UNKNOWN_TARIFF");
		}
		String phone = Phones.normalise(field(row, "phone"));
		if (field(row, "phone") != null && phone == null) {
			flags.add("INVALID_PHONE");
		}
		String region = standard(row, "region_code", this.standards::region, "UNKNOWN_REGION", flags);
		String voltage = standard(row, "voltage_level", this.standards::voltage, "UNKNOWN_VOLTAGE", flags);
		String industry = standard(row, "industry_code", this.standards::industry, "UNKNOWN_INDUSTRY", flags);
		return new Accepted(new CustomerRecord(customerNo, field(row, "cons_no"), field(row, "meter_no"),
				field(row, "name"), phone, field(row, "address"), region, category, voltage, kva, industry, tariff,
				List.copyOf(flags)));
	}

	/** The column's value in its standard form; an unrecognised one is kept as written and flagged. */
	private String standard(CsvRecord row, String column, Function<String, Standardised> standard, String flag,
			List<String> flags) {
		String raw = field(row, column);
		if (raw == null) {
			return null;
		}
		Standardised s = standard.apply(raw);
		if (!s.known()) {
			flags.add(flag);
		}
		return s.code();
	}

	private String field(CsvRecord row, String column) {
		int i = this.columns.at(column);
		if (i < 0 || i >= row.getFieldCount()) {
			return null;
		}
		String v = row.getField(i).strip();
		return v.isEmpty() ? null : v;
	}

}
