package com.gridloop.datagen.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import com.gridloop.datagen.Weather;

/**
 * Streams a history as the company's systems export it, one customer at a time (UTF-8 text; the caller chooses the
 * writer's encoding): bills.csv, tickets.csv, app-events.jsonl (JSON lines, grouped by user, in time order within a
 * user), outages.csv, weather.csv and archive-extension.csv. Dates are ISO, times local (Asia/Shanghai).
 */
public final class HistoryWriter {

	public static final String BILLS_HEADER = "cons_no,bill_month,kwh,amount,due_date,paid_amount,paid_date,owe_amt,"
			+ "penalty,pay_channel";

	public static final String TICKETS_HEADER = "ticket_id,cons_no,caller_phone,ticket_type,content,accept_time,"
			+ "handle_time,resolution";

	public static final String OUTAGES_HEADER = "transformer_area,start,end,planned";

	public static final String WEATHER_HEADER = "region_code,date,min_temp,max_temp";

	public static final String ARCHIVE_EXTENSION_HEADER = "customer_no,transformer_area,status,closed_date";

	/** Times of tickets and outages. */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

	/** Times of app events, with their offset. */
	public static final DateTimeFormatter APP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX",
			Locale.ROOT);

	/** What bills.csv holds: bills by how they were paid, as the file shows them. */
	public record BillStats(long rows, long customers, long paidOnTime, long paidLate, long arrears,
			long unpaidRows, BigDecimal oweAmount) {
	}

	/** What tickets.csv holds, and how many tickets identity resolution has to work for. */
	public record TicketStats(long rows, long withoutConsNo, long withoutConsNoOtherPhone, long otherPhone,
			Map<TicketType, Long> byType) {

		public TicketStats {
			byType = Map.copyOf(byType);
		}

	}

	/** What app-events.jsonl holds. */
	public record AppEventStats(long rows, long users, long usersWithOtherPhone, long insideActiveHours) {
	}

	/** What outages.csv holds. */
	public record OutageStats(long rows, long areas, long planned, long unplanned, long unplannedMinutes) {
	}

	/** What weather.csv holds: one row per region and day. */
	public record WeatherStats(long rows, int regions, int days) {
	}

	/** What archive-extension.csv holds. */
	public record ArchiveStats(long rows, long closed, long closedInHeldOutMonths) {
	}

	/** Everything {@link #writeAll} wrote. */
	public record Summary(BillStats bills, TicketStats tickets, AppEventStats appEvents, OutageStats outages,
			WeatherStats weather, ArchiveStats archive) {
	}

	private final History history;

	public HistoryWriter(History history) {
		this.history = history;
	}

	public BillStats writeBills(Writer out) {
		BillSink sink = new BillSink(out);
		forEachCustomer(List.of(sink));
		return sink.stats();
	}

	public TicketStats writeTickets(Writer out) {
		TicketSink sink = new TicketSink(out);
		forEachCustomer(List.of(sink));
		return sink.stats();
	}

	public AppEventStats writeAppEvents(Writer out) {
		AppEventSink sink = new AppEventSink(out);
		forEachCustomer(List.of(sink));
		return sink.stats();
	}

	public ArchiveStats writeArchiveExtension(Writer out) {
		ArchiveSink sink = new ArchiveSink(out, this.history.window());
		forEachCustomer(List.of(sink));
		return sink.stats();
	}

	/** Outages of the areas that have customers, by area and start. */
	public OutageStats writeOutages(Writer out) {
		try {
			out.write(OUTAGES_HEADER);
			out.write('\n');
			List<String> areas = this.history.transformerAreas();
			long rows = 0, planned = 0, unplanned = 0, minutes = 0;
			StringBuilder line = new StringBuilder(64);
			for (String area : areas) {
				for (Outage o : this.history.areas().outages(area)) {
					line.setLength(0);
					line.append(area).append(',').append(TIME.format(o.start())).append(',')
						.append(TIME.format(o.end())).append(',').append(o.planned()).append('\n');
					out.append(line);
					rows++;
					if (o.planned()) {
						planned++;
					}
					else {
						unplanned++;
						minutes += o.minutes();
					}
				}
			}
			out.flush();
			return new OutageStats(rows, areas.size(), planned, unplanned, minutes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every region and day of the window, temperatures to 0.1 °C. */
	public WeatherStats writeWeather(Writer out) {
		Weather weather = new Weather(this.history.population().config().seed());
		List<String> regions = Population.regionCodes();
		HistoryWindow window = this.history.window();
		try {
			out.write(WEATHER_HEADER);
			out.write('\n');
			long rows = 0;
			for (String region : regions) {
				for (LocalDate d = window.firstDay(); !d.isAfter(window.lastDay()); d = d.plusDays(1)) {
					out.write(region + ',' + d + ',' + tenth(weather.minTemperature(region, d)) + ','
							+ tenth(weather.maxTemperature(region, d)) + '\n');
					rows++;
				}
			}
			out.flush();
			return new WeatherStats(rows, regions.size(), window.days());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes all six files into the directory in one pass over the customers. */
	public Summary writeAll(Path directory) {
		try {
			Files.createDirectories(directory);
			try (Writer bills = open(directory, "bills.csv"); Writer tickets = open(directory, "tickets.csv");
					Writer events = open(directory, "app-events.jsonl");
					Writer archive = open(directory, "archive-extension.csv");
					Writer outages = open(directory, "outages.csv");
					Writer weather = open(directory, "weather.csv")) {
				BillSink billSink = new BillSink(bills);
				TicketSink ticketSink = new TicketSink(tickets);
				AppEventSink eventSink = new AppEventSink(events);
				ArchiveSink archiveSink = new ArchiveSink(archive, this.history.window());
				forEachCustomer(List.of(billSink, ticketSink, eventSink, archiveSink));
				return new Summary(billSink.stats(), ticketSink.stats(), eventSink.stats(), writeOutages(outages),
						writeWeather(weather), archiveSink.stats());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Writer open(Path directory, String name) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8), 1 << 16);
	}

	private void forEachCustomer(List<Sink> sinks) {
		try {
			for (Sink sink : sinks) {
				sink.header();
			}
			for (SyntheticCustomer c : this.history.population().customers()) {
				CustomerHistory h = this.history.of(c);
				for (Sink sink : sinks) {
					sink.accept(h);
				}
			}
			for (Sink sink : sinks) {
				sink.out.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String tenth(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** Quotes a CSV field when it holds a separator, a quote or a line break. */
	static String csv(String field) {
		for (int i = 0; i < field.length(); i++) {
			char ch = field.charAt(i);
			if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
				return '"' + field.replace("\"", "\"\"") + '"';
			}
		}
		return field;
	}

	/** One file written customer by customer. */
	private abstract static class Sink {

		final Writer out;

		final StringBuilder line = new StringBuilder(256);

		Sink(Writer out) {
			this.out = out;
		}

		abstract void header() throws IOException;

		abstract void accept(CustomerHistory h) throws IOException;

	}

	private static final class BillSink extends Sink {

		private long rows, customers, onTime, late, arrears, unpaid;

		private BigDecimal owe = BigDecimal.ZERO.setScale(2);

		BillSink(Writer out) {
			super(out);
		}

		@Override
		void header() throws IOException {
			this.out.write(BILLS_HEADER);
			this.out.write('\n');
		}

		@Override
		void accept(CustomerHistory h) throws IOException {
			this.customers++;
			for (Bill b : h.bills()) {
				this.line.setLength(0);
				this.line.append(b.consNo()).append(',').append(b.billMonth()).append(',').append(b.kwh()).append(',')
					.append(b.amount().toPlainString()).append(',').append(b.dueDate()).append(',')
					.append(b.paidAmount().toPlainString()).append(',')
					.append(b.paidDate() == null ? "" : b.paidDate().toString()).append(',')
					.append(b.oweAmount().toPlainString()).append(',').append(b.penalty().toPlainString()).append(',')
					.append(b.payChannel() == null ? "" : b.payChannel().name()).append('\n');
				this.out.append(this.line);
				this.rows++;
				if (b.inArrears()) {
					this.arrears++;
				}
				else if (b.lateAtDue()) {
					this.late++;
				}
				else {
					this.onTime++;
				}
				if (b.paidDate() == null) {
					this.unpaid++;
				}
				this.owe = this.owe.add(b.oweAmount());
			}
		}

		BillStats stats() {
			return new BillStats(this.rows, this.customers, this.onTime, this.late, this.arrears, this.unpaid,
					this.owe);
		}

	}

	private static final class TicketSink extends Sink {

		private long rows, anonymous, anonymousOtherPhone, otherPhone;

		private final Map<TicketType, Long> byType = new EnumMap<>(TicketType.class);

		TicketSink(Writer out) {
			super(out);
		}

		@Override
		void header() throws IOException {
			this.out.write(TICKETS_HEADER);
			this.out.write('\n');
		}

		@Override
		void accept(CustomerHistory h) throws IOException {
			String phone = h.customer().phone();
			for (Ticket t : h.tickets()) {
				this.line.setLength(0);
				this.line.append(t.ticketId()).append(',').append(t.consNo()).append(',').append(t.callerPhone())
					.append(',').append(t.type().label()).append(',').append(csv(t.content())).append(',')
					.append(TIME.format(t.acceptTime())).append(',').append(TIME.format(t.handleTime())).append(',')
					.append(csv(t.resolution())).append('\n');
				this.out.append(this.line);
				this.rows++;
				boolean other = !t.callerPhone().equals(phone);
				this.otherPhone += other ? 1 : 0;
				if (t.anonymous()) {
					this.anonymous++;
					this.anonymousOtherPhone += other ? 1 : 0;
				}
				this.byType.merge(t.type(), 1L, Long::sum);
			}
		}

		TicketStats stats() {
			return new TicketStats(this.rows, this.anonymous, this.anonymousOtherPhone, this.otherPhone, this.byType);
		}

	}

	private static final class AppEventSink extends Sink {

		private long rows, users, otherPhoneUsers, inside;

		AppEventSink(Writer out) {
			super(out);
		}

		@Override
		void header() {
			// JSON lines have no header.
		}

		@Override
		void accept(CustomerHistory h) throws IOException {
			if (!h.truth().appUser()) {
				return;
			}
			this.users++;
			if (!h.appEvents().isEmpty() && !h.appEvents().get(0).phone().equals(h.customer().phone())) {
				this.otherPhoneUsers++;
			}
			for (AppEvent e : h.appEvents()) {
				this.line.setLength(0);
				this.line.append("{\"app_user_id\":\"").append(e.appUserId())
					.append("\",\"phone\":\"").append(e.phone())
					.append("\",\"event\":\"").append(e.event().name()).append("\",\"ts\":\"")
					.append(APP_TIME.format(e.ts())).append("\"}\n");
				this.out.append(this.line);
				this.rows++;
				this.inside += h.truth().activeAt(e.ts().getHour()) ? 1 : 0;
			}
		}

		AppEventStats stats() {
			return new AppEventStats(this.rows, this.users, this.otherPhoneUsers, this.inside);
		}

	}

	private static final class ArchiveSink extends Sink {

		private final HistoryWindow window;

		private long rows, closed, heldOut;

		ArchiveSink(Writer out, HistoryWindow window) {
			super(out);
			this.window = window;
		}

		@Override
		void header() throws IOException {
			this.out.write(ARCHIVE_EXTENSION_HEADER);
			this.out.write('\n');
		}

		@Override
		void accept(CustomerHistory h) throws IOException {
			LocalDate closedDate = h.truth().closedDate();
			this.line.setLength(0);
			this.line.append(h.customer().customerNo()).append(',').append(h.transformerArea()).append(',')
				.append(closedDate == null ? "ACTIVE," : "CLOSED," + closedDate).append('\n');
			this.out.append(this.line);
			this.rows++;
			if (closedDate != null) {
				this.closed++;
				if (!closedDate.isBefore(this.window.heldOutFrom().atDay(1))) {
					this.heldOut++;
				}
			}
		}

		ArchiveStats stats() {
			return new ArchiveStats(this.rows, this.closed, this.heldOut);
		}

	}

}
