package com.gridloop.ingestion.weather;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.read.RowRejected;

import org.springframework.stereotype.Component;

/**
 * Daily minimum and maximum temperatures per region, within what central China's weather
 * can be.
 */
@Component
class WeatherIngestor extends RecordIngestor<WeatherRecorded> {

	/**
	 * Beyond China's records (-52.3 °C at Mohe, 50.5 °C in Turpan) a temperature is a
	 * unit or typing error.
	 */
	private static final BigDecimal COLDEST = new BigDecimal("-60");

	private static final BigDecimal HOTTEST = new BigDecimal("60");

	WeatherIngestor(RecordSupport support) {
		super(support, Source.WEATHER,
				Map.of("region_code", List.of("region_code", "区域编码"), "date", List.of("date", "day", "日期"), "min_temp",
						List.of("min_temp", "tmin", "最低气温"), "max_temp", List.of("max_temp", "tmax", "最高气温")),
				List.of("region_code", "date", "min_temp", "max_temp"));
	}

	@Override
	protected WeatherRecorded parse(Fields f, BatchTally tally) throws RowRejected {
		LocalDate day = f.date("date", true);
		BigDecimal min = f.decimal("min_temp", true, COLDEST, HOTTEST);
		BigDecimal max = f.decimal("max_temp", true, COLDEST, HOTTEST);
		if (min.compareTo(max) > 0) {
			throw new RowRejected(Reason.INCONSISTENT, "min_temp " + min + " is above max_temp " + max);
		}
		return new WeatherRecorded(f.required("region_code"), day, min, max);
	}

	@Override
	protected long write(UUID batchId, List<WeatherRecorded> rows, BatchTally tally) {
		return storeAndPublish(
				"""
						insert into weather (region_code, day, min_temp, max_temp) values (?, ?, ?, ?)
						on conflict (region_code, day) do update set min_temp = excluded.min_temp, max_temp = excluded.max_temp""",
				rows, (ps, w) -> {
					ps.setString(1, w.regionCode());
					ps.setObject(2, w.day());
					ps.setBigDecimal(3, w.minTemp());
					ps.setBigDecimal(4, w.maxTemp());
				}, Events.WEATHER_RECORDED, WeatherRecorded::regionCode);
	}

}
