package com.gridloop.ingestion;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ingestion treats what arrives.
 *
 * @param spoolDir where uploads are kept while a batch is processed
 * @param zone time zone of the metering system's local timestamps
 * @param maxInterpolatedGap longest run of missing intervals filled by interpolation (longer runs stay missing)
 * @param openMeterDays meter-days buffered in memory before they are written (bounds the heap for any file size)
 * @param maxKwhPerKvaHour readings above contracted kVA x hours x this factor are absurd
 */
@ConfigurationProperties("gridloop.ingestion")
public record IngestionProperties(@DefaultValue("${java.io.tmpdir}/gridloop-spool") Path spoolDir,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("2h") Duration maxInterpolatedGap,
		@DefaultValue("20000") int openMeterDays, @DefaultValue("1.5") double maxKwhPerKvaHour) {
}
