package com.gridloop.ingestion.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.gridloop.ingestion.IngestionIntegrationTest;
import com.gridloop.testsupport.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A vacant London home on the dynamic tariff (issue 8): a year of zeros with isolated
 * readings of 0.4-0.8 kWh, some on High half-hours, some on the clock-change days, two
 * beside a one-slot gap. Its band kWh must be the sum of its own readings by the
 * published band of their GMT half-hour: a gap beside a lone reading is no reason to
 * invent energy.
 */
@IngestionIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacantHomeTest {

	private static final String METER = "VACANT-LCL-1";

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** Readings placed on purpose, GMT half-hour to kWh. */
	private static final Map<String, Double> PLACED = new LinkedHashMap<>();

	/** Half-hours with no row in the file, each beside a placed reading. */
	private static final Set<String> GAPS = Set.of("2013-02-11 17:00:00", "2013-08-17 23:00:00");

	static {
		PLACED.put("2013-01-19 19:00:00", 0.62); // High, zeros around
		PLACED.put("2013-06-03 14:30:00", 0.47); // High, in summer
		PLACED.put("2013-03-31 00:30:00", 0.55); // London 00:30 GMT, before the clocks go
													// forward
		PLACED.put("2013-03-31 01:30:00", 0.48); // London 02:30 BST
		PLACED.put("2013-10-26 23:00:00", 0.52); // London 27 Oct 00:00 BST, first slot of
													// the 25-hour day
		PLACED.put("2013-10-27 00:30:00", 0.71); // London 01:30 BST
		PLACED.put("2013-10-27 01:30:00", 0.44); // London 01:30 GMT, the hour shown twice
		PLACED.put("2013-02-11 16:30:00", 0.66); // Normal, before a High block whose
													// first half-hour is a gap
		PLACED.put("2013-08-17 23:30:00", 0.58); // High, second slot of London 18 Aug;
													// its first slot is a gap
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	/** The household's readings as the file gives them, GMT half-hour to kWh. */
	private final Map<String, Double> readings = new LinkedHashMap<>();

	private JsonNode batch;

	@BeforeAll
	void ingest() {
		Map<String, Double> other = new HashMap<>();
		Random random = new Random(8);
		LocalDateTime first = LocalDateTime.of(2013, 1, 1, 0, 0);
		// 79 more lone readings, mostly 0.4-0.8 kWh, never beside another one or a gap.
		while (other.size() < 79) {
			LocalDateTime t = first.plusMinutes(30L * random.nextInt(365 * 48));
			if (taken(t, other) || taken(t.minusMinutes(30), other) || taken(t.plusMinutes(30), other)) {
				continue;
			}
			double kwh = random.nextInt(10) < 7 ? 0.4 + 0.4 * random.nextDouble() : 0.01 + 0.1 * random.nextDouble();
			other.put(t.format(GMT), Math.round(kwh * 1000) / 1000.0);
		}
		StringBuilder file = new StringBuilder("LCLid,tstp,energy(kWh/hh)\n");
		for (int h = 0; h < 365 * 48; h++) {
			String t = first.plusMinutes(30L * h).format(GMT);
			if (GAPS.contains(t)) {
				continue;
			}
			double kwh = PLACED.getOrDefault(t, other.getOrDefault(t, 0.0));
			this.readings.put(t, kwh);
			file.append(METER).append(',').append(t).append(", ").append(kwh == 0 ? "0" : kwh).append(" \n");
		}
		TestHttp http = new TestHttp(this.port);
		HttpResponse<String> customers = http.post("/api/v1/batches/customers?wait=true", "loader", "loader-pw",
				"text/csv", ("customer_no,meter_no,category,tariff_code,region_code\n" + METER + "," + METER
						+ ",RESIDENTIAL,LCL-DTOU,LONDON\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(customers.statusCode()).as(customers.body()).isEqualTo(201);
		HttpResponse<String> r = http.post("/api/v1/batches/readings?wait=true&profile=lcl&fileName=" + METER + ".csv",
				"loader", "loader-pw", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		this.batch = JsonMapper.builder().build().readTree(r.body());
	}

	private static boolean taken(LocalDateTime t, Map<String, Double> other) {
		String s = t.format(GMT);
		return PLACED.containsKey(s) || GAPS.contains(s) || other.containsKey(s) || t.getYear() != 2013;
	}

	@Test
	void bandKwhAreTheSumOfItsOwnReadingsByTheirPublishedBand() {
		assertThat(this.batch.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(this.batch.get("quarantined").asLong()).isZero();
		Map<String, String> signal = signal();
		Map<String, Double> expected = new HashMap<>(Map.of("High", 0.0, "Normal", 0.0, "Low", 0.0));
		double total = 0;
		int nonZero = 0;
		for (Map.Entry<String, Double> e : this.readings.entrySet()) {
			expected.merge(signal.getOrDefault(e.getKey(), "Normal"), e.getValue(), Double::sum);
			total += e.getValue();
			nonZero += e.getValue() > 0 ? 1 : 0;
		}
		assertThat(nonZero).isEqualTo(88);
		assertThat(expected.get("High")).as("placed and drawn readings on High half-hours").isGreaterThan(1.0);
		Map<String, Object> sums = this.jdbc.queryForMap("""
				select sum(kwh) as kwh, sum(sharp_kwh) as sharp, sum(peak_kwh) as high, sum(flat_kwh) as normal,
				  sum(valley_kwh) as low, count(*) as days from daily_usage where meter_no = ?""", METER);
		assertThat((Long) sums.get("days")).isEqualTo(365);
		assertThat((Double) sums.get("sharp")).isZero();
		assertThat((Double) sums.get("high")).as("High kWh").isCloseTo(expected.get("High"), within(1e-3));
		assertThat((Double) sums.get("normal")).as("Normal kWh").isCloseTo(expected.get("Normal"), within(1e-3));
		assertThat((Double) sums.get("low")).as("Low kWh").isCloseTo(expected.get("Low"), within(1e-3));
		assertThat((Double) sums.get("kwh")).as("year's kWh").isCloseTo(total, within(1e-3));
		// The profile's peak_share for LCL-DTOU: High kWh over the kWh of the banded
		// days.
		assertThat((Double) sums.get("high") / (Double) sums.get("kwh")).as("peak_share")
			.isCloseTo(expected.get("High") / total, within(1e-4));
	}

	@Test
	void loneReadingsOnTheClockChangeDaysStayOnTheirLondonDayAndHour() {
		for (LocalDate day : new LocalDate[] { LocalDate.of(2013, 3, 31), LocalDate.of(2013, 10, 27) }) {
			double[] hourly = new double[24];
			double kwh = 0;
			for (Map.Entry<String, Double> e : this.readings.entrySet()) {
				var london = LocalDateTime.parse(e.getKey(), GMT).atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON);
				if (london.toLocalDate().equals(day)) {
					hourly[london.getHour()] += e.getValue();
					kwh += e.getValue();
				}
			}
			Double fact = this.jdbc.queryForObject("select kwh from daily_usage where meter_no = ? and day = ?",
					Double.class, METER, day);
			assertThat(fact).as(day.toString()).isCloseTo(kwh, within(1e-4));
			Object[] stored = (Object[]) this.jdbc.queryForObject(
					"select hourly_kwh from daily_usage where meter_no = ? and day = ?",
					(rs, i) -> rs.getArray(1).getArray(), METER, day);
			for (int h = 0; h < 24; h++) {
				assertThat(((Number) stored[h]).doubleValue()).as(day + " hour " + h)
					.isCloseTo(hourly[h], within(1e-4));
			}
		}
	}

	@Test
	void loneReadingsAreFlaggedAsSpikesAndKeptAsRead() {
		Set<String> kept = new TreeSet<>();
		this.jdbc.query("""
				select day, s, kwh[s + 1] from interval_day, unnest(spikes) as s where meter_no = ?""", rs -> {
			kept.add(rs.getDate(1) + "/" + rs.getInt(2) + "=" + rs.getFloat(3));
		}, METER);
		// London 27 Oct: slot 0 is 23:00 GMT the day before; 00:30 GMT is slot 3, 01:30
		// GMT slot 5.
		assertThat(kept).contains("2013-10-27/0=0.52", "2013-10-27/3=0.71", "2013-10-27/5=0.44", "2013-08-18/1=0.58",
				"2013-01-19/38=0.62");
	}

	/** The 2013 signal per GMT half-hour, as the trial published it. */
	private static Map<String, String> signal() {
		Map<String, String> out = new HashMap<>();
		try (InputStream in = VacantHomeTest.class.getResourceAsStream("/tariffs/lcl-dtou-2013.csv")) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> l.startsWith("2013"))
				.forEach(l -> out.put(l.substring(0, l.indexOf(',')), l.substring(l.indexOf(',') + 1).strip()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
