package com.gridloop.ingestion;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ingestion treats what arrives.
 *
 * @param spoolDir where uploads are kept while a batch is processed
 * @param maxInterpolatedGap longest run of missing intervals filled by interpolation
 * (longer runs stay missing)
 * @param openMeterDays meter-days buffered in memory before they are written (bounds the
 * heap for any file size)
 * @param maxKwhPerKvaHour readings above contracted kVA x hours x this factor are absurd
 * @param profiles named source profiles for interval readings; {@code default} applies
 * when an upload names none
 * @param regions the company's service area, GB/T 2260 code to district name; a customer
 * elsewhere is flagged ({@code UNKNOWN_REGION}); empty to accept any real province's code
 * @param fieldLengths longest text per logical column ({@code name}, {@code address},
 * ...), over the defaults of {@link #DEFAULT_FIELD_LENGTHS}; a longer value quarantines
 * its row as {@code FIELD_TOO_LONG}
 * @param maxFieldLength longest text of a column without a length of its own
 */
@ConfigurationProperties("gridloop.ingestion")
public record IngestionProperties(@DefaultValue("${java.io.tmpdir}/gridloop-spool") Path spoolDir,
		@DefaultValue("2h") Duration maxInterpolatedGap, @DefaultValue("2000") int openMeterDays,
		@DefaultValue("1.5") double maxKwhPerKvaHour, Map<String, ReadingsProfile> profiles,
		Map<String, String> regions, Map<String, Integer> fieldLengths, @DefaultValue("1000") int maxFieldLength) {

	/**
	 * Lengths of the personal fields, as the trust rules set them; free text of tickets
	 * is longer.
	 */
	public static final Map<String, Integer> DEFAULT_FIELD_LENGTHS = Map.of("name", 100, "address", 300, "caller_name",
			100, "caller_address", 300, "content", 4000, "resolution", 4000);

	/** The profile Chinese metering exports use. */
	public static final ReadingsProfile DEFAULT_PROFILE = new ReadingsProfile(ZoneId.of("Asia/Shanghai"),
			ZoneId.of("Asia/Shanghai"), 30, Map.of());

	public IngestionProperties {
		profiles = profiles == null ? Map.of() : Map.copyOf(profiles);
		regions = regions == null ? Map.of() : Map.copyOf(regions);
		Map<String, Integer> lengths = new java.util.HashMap<>(DEFAULT_FIELD_LENGTHS);
		if (fieldLengths != null) {
			lengths.putAll(fieldLengths);
		}
		fieldLengths = Map.copyOf(lengths);
	}

	/** The longest text a column may hold. */
	public int maxLength(String column) {
		return this.fieldLengths.getOrDefault(column, this.maxFieldLength);
	}

	/**
	 * The named profile, the default one for {@code null}; unknown names are an error.
	 */
	public ReadingsProfile profile(String name) {
		if (name == null || name.isBlank() || "default".equals(name)) {
			return this.profiles.getOrDefault("default", DEFAULT_PROFILE);
		}
		ReadingsProfile p = this.profiles.get(name);
		if (p == null) {
			throw new IllegalArgumentException("Unknown source profile " + name + "; known: default, "
					+ String.join(", ", this.profiles.keySet()));
		}
		return p;
	}

	/**
	 * How one metering system writes its files.
	 *
	 * @param sourceZone the zone its timestamps are written in
	 * @param localZone the zone whose calendar days the customer's facts follow
	 * @param defaultIntervalMinutes interval length when the file has no interval column
	 * @param columns more accepted header names per logical column ({@code meter_no},
	 * {@code interval_start}, {@code interval_minutes}, {@code kwh})
	 */
	public record ReadingsProfile(ZoneId sourceZone, ZoneId localZone, int defaultIntervalMinutes,
			Map<String, List<String>> columns) {

		public ReadingsProfile {
			columns = columns == null ? Map.of() : Map.copyOf(columns);
		}

	}

}
