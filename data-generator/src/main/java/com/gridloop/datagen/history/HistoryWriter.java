package com.gridloop.datagen.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gridloop.datagen.AccountManagers;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * Streams a history as the company's systems export it, one customer at a time (UTF-8
 * text; the caller chooses the writer's encoding): bills.csv, tickets.csv,
 * app-events.jsonl (JSON lines, grouped by user, in time order within a user),
 * outages.csv, weather.csv and archive-extension.csv. Dates are ISO, times local
 * (Asia/Shanghai).
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
	public record BillStats(long rows, long customers, long paidOnTime, long paidLate, long arrears, long unpaidRows,
			BigDecimal oweAmount) {
	}

	/**
	 * What tickets.csv holds, and how many tickets identity resolution has to work for.
	 */
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

	/**
	 * The account managers, with the transformer areas of the customers as the grid
	 * managers' areas.
	 */
	public int writeManagers(Writer out) {
		return AccountManagers.write(out, this.history.transformerAreas());
	}

	/** Outages of the areas that have customers, by area and start. */
	public OutageStats writeOutages(Writer out) {
		return OutageWriter.write(this.history, out);
	}

	/** Every region and day of the window, temperatures to 0.1 °C. */
	public WeatherStats writeWeather(Writer out) {
		return WeatherWriter.write(this.history, out);
	}

	/**
	 * Writes all seven files into the directory in one pass over the customers (the
	 * managers file needs none).
	 */
	public Summary writeAll(Path directory) {
		try {
			Files.createDirectories(directory);
			try (Writer bills = open(directory, "bills.csv");
					Writer tickets = open(directory, "tickets.csv");
					Writer events = open(directory, "app-events.jsonl");
					Writer archive = open(directory, "archive-extension.csv");
					Writer outages = open(directory, "outages.csv");
					Writer weather = open(directory, "weather.csv");
					Writer managers = open(directory, "managers.csv")) {
				BillSink billSink = new BillSink(bills);
				TicketSink ticketSink = new TicketSink(tickets);
				AppEventSink eventSink = new AppEventSink(events);
				ArchiveSink archiveSink = new ArchiveSink(archive, this.history.window());
				forEachCustomer(List.of(billSink, ticketSink, eventSink, archiveSink));
				writeManagers(managers);
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

	private void forEachCustomer(List<CustomerSink> sinks) {
		for (CustomerSink sink : sinks) {
			sink.begin();
		}
		for (SyntheticCustomer c : this.history.population().customers()) {
			CustomerHistory h = this.history.of(c);
			for (CustomerSink sink : sinks) {
				sink.accept(h);
			}
		}
		for (CustomerSink sink : sinks) {
			sink.end();
		}
	}

}
