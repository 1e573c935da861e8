package com.gridloop.datagen.history;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.gridloop.datagen.CsvOutput;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.Weather;
import com.gridloop.datagen.history.HistoryWriter.WeatherStats;
import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes weather.csv: every region and day of the window, temperatures to 0.1 °C. */
final class WeatherWriter {

	private WeatherWriter() {
	}

	static WeatherStats write(History history, Writer out) {
		Weather weather = new Weather(history.population().config().seed());
		List<String> regions = Population.regionCodes();
		HistoryWindow window = history.window();
		CsvWriter csv = CsvOutput.over(out);
		CsvOutput.header(csv, HistoryWriter.WEATHER_HEADER);
		long rows = 0;
		for (String region : regions) {
			for (LocalDate d = window.firstDay(); !d.isAfter(window.lastDay()); d = d.plusDays(1)) {
				csv.writeRecord(region, d.toString(), tenth(weather.minTemperature(region, d)),
						tenth(weather.maxTemperature(region, d)));
				rows++;
			}
		}
		CsvOutput.flush(csv);
		return new WeatherStats(rows, regions.size(), window.days());
	}

	static String tenth(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
