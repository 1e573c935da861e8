package com.gridloop.ingestion.standard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nominal supply voltages of the Chinese grid (GB/T 156), written as {@code 220V},
 * {@code 380V}, {@code 10kV} and so on. Archives write {@code 0.4kV} or {@code 400V} for
 * the low-voltage three-phase supply, {@code 交流10千伏}, {@code AC10KV}, {@code 10 kV}, or a
 * bare number: 220, 380 and 400 in volts (the low-voltage supplies), any other in kV. All
 * become the nominal level; a voltage that is no nominal level is unknown.
 */
public final class VoltageLevels {

	/** Volts to the nominal level's name. */
	private static final Map<Integer, String> NOMINAL = Map.ofEntries(Map.entry(220, "220V"), Map.entry(380, "380V"),
			Map.entry(400, "380V"), Map.entry(3_000, "3kV"), Map.entry(6_000, "6kV"), Map.entry(10_000, "10kV"),
			Map.entry(20_000, "20kV"), Map.entry(35_000, "35kV"), Map.entry(66_000, "66kV"),
			Map.entry(110_000, "110kV"), Map.entry(220_000, "220kV"), Map.entry(330_000, "330kV"),
			Map.entry(500_000, "500kV"), Map.entry(750_000, "750kV"), Map.entry(1_000_000, "1000kV"));

	private static final Set<String> LOW_VOLTAGE_NUMBERS = Set.of("220", "380", "400");

	private static final Pattern VOLTAGE = Pattern.compile("(?:AC|交流)?(\\d+(?:\\.\\d+)?)(KV|千伏|V|伏)?");

	private VoltageLevels() {
	}

	public static Standardised standardise(String raw) {
		Matcher m = VOLTAGE.matcher(Text.fold(raw));
		if (!m.matches()) {
			return Standardised.unknown(raw);
		}
		BigDecimal value = new BigDecimal(m.group(1));
		String unit = m.group(2);
		boolean kilo = unit == null ? !LOW_VOLTAGE_NUMBERS.contains(value.stripTrailingZeros().toPlainString())
				: unit.equals("KV") || unit.equals("千伏");
		BigDecimal volts = kilo ? value.multiply(BigDecimal.valueOf(1000)) : value;
		String level;
		try {
			level = NOMINAL.get(volts.intValueExact());
		}
		catch (ArithmeticException ex) {
			level = null;
		}
		return level == null ? Standardised.unknown(raw) : new Standardised(level, level, true);
	}

}
