package com.gridloop.datagen.history;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.GeneratorConfig;
import com.gridloop.datagen.Population;
import com.gridloop.datagen.SyntheticCustomer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the written files back the way the ingestion service and a model would, and
 * checks them against the planted truth: the rates, the reconciliation of bills, identity
 * gaps of tickets, and that churn and arrears are learnable from features computable from
 * the files alone.
 */
class HistoryFilesTest {

	private static final int CUSTOMERS = 8000;

	@TempDir
	static Path dir;

	private static Population population;

	private static History history;

	private static HistoryWriter.Summary summary;

	private static final Map<String, CustomerTruth> truthByConsNo = new HashMap<>();

	private static final Map<String, SyntheticCustomer> byConsNo = new HashMap<>();

	private static final Map<String, List<BillRow>> bills = new HashMap<>();

	private static final Map<String, String> areaByCustomerNo = new HashMap<>();

	private static final Map<String, LocalDate> closedByCustomerNo = new HashMap<>();

	private static final List<String[]> tickets = new ArrayList<>();

	private static final Map<String, List<String[]>> outagesByArea = new HashMap<>();

	/** A row of bills.csv as parsed from the file. */
	record BillRow(String consNo, YearMonth month, long kwh, BigDecimal amount, LocalDate due, BigDecimal paid,
			LocalDate paidDate, BigDecimal owe, BigDecimal penalty, String channel) {

		boolean lateAtDue() {
			return this.paidDate == null || this.paidDate.isAfter(this.due) || this.owe.signum() > 0;
		}

		boolean arrears() {
			return this.owe.signum() > 0 || this.paidDate.isAfter(this.due.plusDays(30));
		}

	}

	@BeforeAll
	static void writeFiles() throws IOException {
		population = new Population(GeneratorConfig.defaults(20260601L, CUSTOMERS, 30));
		history = new History(population);
		summary = new HistoryWriter(history).writeAll(dir);
		for (SyntheticCustomer c : population.customers()) {
			truthByConsNo.put(c.consNo(), history.truth(c));
			byConsNo.put(c.consNo(), c);
		}
		List<String> lines = Files.readAllLines(dir.resolve("bills.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0))
			.isEqualTo("cons_no,bill_month,kwh,amount,due_date,paid_amount,paid_date,owe_amt,penalty,pay_channel");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			assertThat(f).hasSize(10);
			bills.computeIfAbsent(f[0], k -> new ArrayList<>())
				.add(new BillRow(f[0], YearMonth.parse(f[1]), Long.parseLong(f[2]), new BigDecimal(f[3]),
						LocalDate.parse(f[4]), new BigDecimal(f[5]), f[6].isEmpty() ? null : LocalDate.parse(f[6]),
						new BigDecimal(f[7]), new BigDecimal(f[8]), f[9]));
		}
		lines = Files.readAllLines(dir.resolve("archive-extension.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("customer_no,transformer_area,status,closed_date");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			areaByCustomerNo.put(f[0], f[1]);
			assertThat(f[2]).isIn("ACTIVE", "CLOSED");
			assertThat(f[3].isEmpty()).isEqualTo(f[2].equals("ACTIVE"));
			if (!f[3].isEmpty()) {
				closedByCustomerNo.put(f[0], LocalDate.parse(f[3]));
			}
		}
		lines = Files.readAllLines(dir.resolve("tickets.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0))
			.isEqualTo("ticket_id,cons_no,caller_phone,ticket_type,content,accept_time,handle_time,resolution");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			assertThat(f).as(line).hasSize(8);
			tickets.add(f);
		}
		lines = Files.readAllLines(dir.resolve("outages.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("transformer_area,start,end,planned");
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",", -1);
			outagesByArea.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
		}
	}

	private static LocalDateTime time(String text) {
		return LocalDateTime.parse(text, HistoryWriter.TIME);
	}

	private static HistoryWindow window() {
		return history.window();
	}

	@Test
	void everyCustomerHasABillPerMonthUntilClosing() {
		assertThat(summary.bills().rows()).isEqualTo(bills.values().stream().mapToLong(List::size).sum());
		assertThat(bills).hasSize(CUSTOMERS);
		for (SyntheticCustomer c : population.customers()) {
			List<BillRow> rows = bills.get(c.consNo());
			LocalDate closed = closedByCustomerNo.get(c.customerNo());
			YearMonth last = closed == null ? window().lastMonth() : YearMonth.from(closed);
			assertThat(rows).hasSize(window().indexOf(last) + 1);
			for (int m = 0; m < rows.size(); m++) {
				assertThat(rows.get(m).month()).isEqualTo(window().month(m));
			}
		}
	}

	@Test
	void billsReconcile() {
		LocalDate observed = window().paymentsObservedUntil();
		for (List<BillRow> rows : bills.values()) {
			for (BillRow b : rows) {
				SyntheticCustomer c = byConsNo.get(b.consNo());
				BigDecimal price = Tariffs.pricePerKwh(c.tariffCode());
				assertThat(b.amount())
					.isEqualTo(price.multiply(BigDecimal.valueOf(b.kwh())).setScale(2, RoundingMode.HALF_UP));
				assertThat(b.due()).isEqualTo(b.month().atEndOfMonth().plusDays(15));
				assertThat(b.owe()).isEqualByComparingTo(b.amount().subtract(b.paid()));
				assertThat(b.owe().signum()).isGreaterThanOrEqualTo(0);
				assertThat(b.paidDate() == null).as("unpaid ⇔ empty paid_date").isEqualTo(b.paid().signum() == 0);
				assertThat(b.channel().isEmpty()).isEqualTo(b.paidDate() == null);
				if (!b.channel().isEmpty()) {
					assertThat(PayChannel.valueOf(b.channel())).isNotNull();
					assertThat(b.paidDate()).isAfter(b.month().atEndOfMonth()).isBeforeOrEqualTo(observed);
				}
				// 0.1 % a day of what was outstanding after the due date: all of it until
				// paid, the rest until the
				// extract.
				long lateUntilPaid = b.paidDate() == null ? 0
						: Math.max(0, ChronoUnit.DAYS.between(b.due(), b.paidDate()));
				LocalDate owingFrom = b.paidDate() == null || b.paidDate().isBefore(b.due()) ? b.due() : b.paidDate();
				long owingDays = b.owe().signum() > 0 ? ChronoUnit.DAYS.between(owingFrom, observed) : 0;
				BigDecimal penalty = b.amount()
					.multiply(BigDecimal.valueOf(lateUntilPaid))
					.add(b.owe().multiply(BigDecimal.valueOf(owingDays)))
					.multiply(new BigDecimal("0.001"))
					.setScale(2, RoundingMode.HALF_UP);
				assertThat(b.penalty()).isEqualTo(penalty);
				if (!b.lateAtDue()) {
					assertThat(b.penalty().signum()).isZero();
				}
			}
		}
	}

	@Test
	void arrearsReadFromTheFileAreThePlantedOnesAtARealisticRate() {
		long rows = 0, arrears = 0, late = 0;
		for (List<BillRow> list : bills.values()) {
			CustomerTruth truth = truthByConsNo.get(list.get(0).consNo());
			assertThat(list.stream().filter(BillRow::arrears).map(BillRow::month).toList())
				.isEqualTo(truth.arrearsMonths());
			rows += list.size();
			arrears += list.stream().filter(BillRow::arrears).count();
			late += list.stream().filter(b -> b.lateAtDue() && !b.arrears()).count();
		}
		assertThat(arrears).isEqualTo(summary.bills().arrears());
		assertThat((double) arrears / rows).as("arrears share of bills").isBetween(0.015, 0.06);
		assertThat((double) late / rows).as("late but paid within 30 days").isBetween(0.04, 0.2);
	}

	@Test
	void arrearsAreLearnableFromPaymentHistoryAndBillSize() {
		List<Double> planted = new ArrayList<>(), score = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		for (List<BillRow> list : bills.values()) {
			CustomerTruth truth = truthByConsNo.get(list.get(0).consNo());
			for (int m = 3; m < list.size(); m++) {
				BillRow b = list.get(m);
				int lateBefore = 0;
				double earlier = 0;
				for (int j = 0; j < m; j++) {
					lateBefore += list.get(j).lateAtDue() ? 1 : 0;
					earlier += list.get(j).amount().doubleValue();
				}
				double jump = b.amount().doubleValue() / (earlier / m);
				score.add(0.5 * lateBefore + (list.get(m - 1).lateAtDue() ? 1.4 : 0)
						+ 1.6 * Math.max(0, Math.min(1.5, jump - 1)));
				planted.add(truth.months().get(m).arrearsProbability());
				labels.add(b.arrears());
			}
		}
		assertThat(Auc.of(toArray(planted), toBooleans(labels))).isGreaterThan(0.85);
		assertThat(Auc.of(toArray(score), toBooleans(labels))).isGreaterThan(0.8);
	}

	@Test
	void churnHasARealisticRateAndHappensOnlyAfterThreeMonths() {
		assertThat(summary.archive().closed()).isEqualTo(closedByCustomerNo.size());
		double annual = (double) closedByCustomerNo.size() / CUSTOMERS;
		assertThat(annual).as("customers closing in the year").isBetween(0.015, 0.06);
		double heldOut = (double) summary.archive().closedInHeldOutMonths() / CUSTOMERS;
		assertThat(heldOut).as("closing in the held-out months 9-11").isBetween(0.005, 0.03);
		assertThat(closedByCustomerNo.values()).allSatisfy(
				d -> assertThat(d).isAfterOrEqualTo(window().month(3).atDay(1)).isBeforeOrEqualTo(window().lastDay()));
		for (SyntheticCustomer c : population.customers()) {
			CustomerTruth t = truthByConsNo.get(c.consNo());
			assertThat(closedByCustomerNo.get(c.customerNo())).isEqualTo(t.closedDate());
			assertThat(areaByCustomerNo.get(c.customerNo())).isEqualTo(t.transformerArea());
		}
	}

	@Test
	void churnersHadMoreComplaintsAndOutagesInTheThreeMonthsBefore() {
		double[] complaints = new double[2], minutes = new double[2], rows = new double[2];
		for (CustomerTruth t : truthByConsNo.values()) {
			for (int m = 2; m < 11; m++) {
				if (Double.isNaN(t.months().get(m).churnProbability())) {
					continue;
				}
				int k = t.churned() && window().indexOf(t.churnMonth().orElseThrow()) == m + 1 ? 0 : 1;
				for (int j = m - 2; j <= m; j++) {
					complaints[k] += t.months().get(j).complaints();
					minutes[k] += t.months().get(j).unplannedOutageMinutes();
				}
				rows[k]++;
			}
		}
		assertThat(rows[0]).isGreaterThan(100);
		assertThat(complaints[0] / rows[0]).isGreaterThan(3 * complaints[1] / rows[1]);
		assertThat(minutes[0] / rows[0]).isGreaterThan(2 * minutes[1] / rows[1]);
	}

	/**
	 * A model trained on months 0-8 scores customers at the end of month 8 and is judged
	 * on who closes in months 9-11. Here the "model" is fixed: the planted weights on
	 * features read from the files.
	 */
	@Test
	void churnIsLearnableFromTheFilesOnTheHeldOutMonths() {
		Map<String, String> consNoByPhone = new HashMap<>();
		Set<String> sharedPhones = new HashSet<>();
		for (SyntheticCustomer c : population.customers()) {
			if (consNoByPhone.put(c.phone(), c.consNo()) != null) {
				sharedPhones.add(c.phone());
			}
		}
		LocalDateTime from = window().month(6).atDay(1).atStartOfDay();
		LocalDateTime cutoff = window().month(9).atDay(1).atStartOfDay();
		Map<String, Integer> complaints = new HashMap<>();
		for (String[] t : tickets) {
			LocalDateTime at = time(t[5]);
			if (!t[3].equals("投诉") || at.isBefore(from) || !at.isBefore(cutoff)) {
				continue;
			}
			String consNo = !t[1].isEmpty() ? t[1] : sharedPhones.contains(t[2]) ? null : consNoByPhone.get(t[2]);
			if (consNo != null) {
				complaints.merge(consNo, 1, Integer::sum);
			}
		}
		Map<String, Long> outageMinutes = new HashMap<>();
		outagesByArea.forEach((area, rows) -> {
			long sum = 0;
			for (String[] o : rows) {
				LocalDateTime start = time(o[1]);
				if (o[3].equals("false") && !start.isBefore(from) && start.isBefore(cutoff)) {
					sum += ChronoUnit.MINUTES.between(start, time(o[2]));
				}
			}
			outageMinutes.put(area, sum);
		});
		// Consumption change of months 6-8 against 3-5, against the median change of the
		// same category (season).
		Map<String, Double> change = new HashMap<>();
		Map<Archetype.Category, List<Double>> byCategory = new EnumMap<>(Archetype.Category.class);
		List<SyntheticCustomer> atRisk = new ArrayList<>();
		for (SyntheticCustomer c : population.customers()) {
			LocalDate closed = closedByCustomerNo.get(c.customerNo());
			if (closed != null && closed.isBefore(cutoff.toLocalDate())) {
				continue;
			}
			atRisk.add(c);
			List<BillRow> rows = bills.get(c.consNo());
			double recent = rows.get(6).kwh() + rows.get(7).kwh() + rows.get(8).kwh();
			double before = rows.get(3).kwh() + rows.get(4).kwh() + rows.get(5).kwh();
			change.put(c.consNo(), recent / before);
			byCategory.computeIfAbsent(c.category(), k -> new ArrayList<>()).add(recent / before);
		}
		Map<Archetype.Category, Double> median = new EnumMap<>(Archetype.Category.class);
		byCategory.forEach((k, v) -> {
			Collections.sort(v);
			median.put(k, v.get(v.size() / 2));
		});
		double[] score = new double[atRisk.size()], planted = new double[atRisk.size()];
		boolean[] closes = new boolean[atRisk.size()];
		for (int i = 0; i < atRisk.size(); i++) {
			SyntheticCustomer c = atRisk.get(i);
			double fall = Math.max(0, 1 - change.get(c.consNo()) / median.get(c.category()));
			long late = bills.get(c.consNo()).subList(0, 8).stream().filter(BillRow::lateAtDue).count();
			long minutes = outageMinutes.getOrDefault(areaByCustomerNo.get(c.customerNo()), 0L);
			score[i] = 2.0 * complaints.getOrDefault(c.consNo(), 0) + 0.6 * Math.min(minutes, 900) / 100.0 + 18 * fall
					+ 0.2 * late;
			planted[i] = truthByConsNo.get(c.consNo()).months().get(8).churnProbability();
			closes[i] = closedByCustomerNo.containsKey(c.customerNo());
		}
		int positives = 0;
		for (boolean b : closes) {
			positives += b ? 1 : 0;
		}
		assertThat(positives).as("customers closing in months 9-11").isGreaterThan(40);
		assertThat(Auc.of(planted, closes)).as("planted probability").isGreaterThan(0.8);
		assertThat(Auc.of(score, closes)).as("fixed score on file features").isGreaterThan(0.8);
	}

	@Test
	void ticketsCarryTheirTypesChineseContentAndIdentityGaps() {
		assertThat(tickets).hasSize((int) summary.tickets().rows());
		Set<String> types = new HashSet<>();
		Set<String> ids = new HashSet<>();
		Pattern han = Pattern.compile("\\p{IsHan}{4,}");
		Map<String, String> phones = new HashMap<>();
		population.customers().forEach(c -> phones.put(c.phone(), c.consNo()));
		long anonymous = 0, anonymousOtherPhone = 0;
		for (String[] t : tickets) {
			assertThat(ids.add(t[0])).as("unique ticket id").isTrue();
			types.add(t[3]);
			assertThat(han.matcher(t[4]).find()).as(t[4]).isTrue();
			assertThat(han.matcher(t[7]).find()).as(t[7]).isTrue();
			assertThat(time(t[6])).isAfterOrEqualTo(time(t[5]));
			assertThat(window().contains(time(t[5]).toLocalDate())).isTrue();
			assertThat(t[2]).matches("1[3-9]\\d{9}");
			if (t[1].isEmpty()) {
				anonymous++;
				anonymousOtherPhone += phones.containsKey(t[2]) ? 0 : 1;
			}
			else {
				assertThat(byConsNo).containsKey(t[1]);
			}
		}
		assertThat(types).containsExactlyInAnyOrder("业务咨询", "故障报修", "投诉", "举报", "建议", "表扬", "服务申请");
		assertThat((double) anonymous / tickets.size()).as("tickets without cons_no").isBetween(0.26, 0.34);
		assertThat((double) anonymousOtherPhone / anonymous).as("of those, from a phone not in the archive")
			.isBetween(0.4, 0.6);
		assertThat(summary.tickets().withoutConsNo()).isEqualTo(anonymous);
	}

	@Test
	void complaintsHaveARealisticRateAndComeFromTheSensitive() {
		double[] bySensitivity = new double[3];
		int[] customers = new int[3];
		long complaints = 0;
		for (CustomerTruth t : truthByConsNo.values()) {
			int third = (int) Math.min(2, t.serviceSensitivity() * 3);
			int n = t.months().stream().mapToInt(MonthTruth::complaints).sum();
			bySensitivity[third] += n;
			customers[third]++;
			complaints += n;
		}
		assertThat(complaints).isEqualTo(summary.tickets().byType().get(TicketType.COMPLAINT));
		assertThat(100.0 * complaints / CUSTOMERS).as("complaints per 100 customers a year").isBetween(2.0, 10.0);
		assertThat(bySensitivity[2] / customers[2]).isGreaterThan(3 * bySensitivity[0] / customers[0]);
	}

	@Test
	void faultRepairsFollowOutagesOfTheCallersArea() {
		long repairs = 0, duringOutage = 0;
		for (SyntheticCustomer c : population.customers()) {
			CustomerHistory h = history.of(c);
			for (Ticket t : h.tickets()) {
				if (t.type() != TicketType.FAULT_REPAIR) {
					continue;
				}
				repairs++;
				for (Outage o : history.areas().outages(h.transformerArea())) {
					if (!o.planned() && !t.acceptTime().isBefore(o.start()) && !t.acceptTime().isAfter(o.end())) {
						duringOutage++;
						break;
					}
				}
			}
		}
		assertThat(repairs).isPositive();
		assertThat((double) duringOutage / repairs).isGreaterThan(0.7);
	}

	@Test
	void appEventsComeOnlyFromAppUsersMostlyInTheirActiveHours() throws IOException {
		Map<String, CustomerTruth> byAppUser = new HashMap<>();
		truthByConsNo.values().stream().filter(CustomerTruth::appUser).forEach(t -> byAppUser.put(t.appUserId(), t));
		assertThat((double) byAppUser.size() / CUSTOMERS).isBetween(0.3, 0.65);
		Pattern line = Pattern.compile("\\{\"app_user_id\":\"(U\\d{13})\",\"phone\":\"(1\\d{10})\","
				+ "\"event\":\"(LOGIN|VIEW_BILL|PAY|CLICK_OFFER)\",\"ts\":\"([^\"]+)\"}");
		Map<String, String> phoneOf = new HashMap<>();
		long rows = 0, inside = 0, pays = 0;
		try (Stream<String> lines = Files.lines(dir.resolve("app-events.jsonl"), StandardCharsets.UTF_8)) {
			for (String text : (Iterable<String>) lines::iterator) {
				Matcher m = line.matcher(text);
				assertThat(m.matches()).as(text).isTrue();
				CustomerTruth t = byAppUser.get(m.group(1));
				assertThat(t).as("app user %s", m.group(1)).isNotNull();
				assertThat(m.group(4)).endsWith("+08:00");
				OffsetDateTime ts = OffsetDateTime.parse(m.group(4));
				assertThat(window().contains(ts.toLocalDate())).isTrue();
				inside += t.activeAt(ts.getHour()) ? 1 : 0;
				pays += m.group(3).equals("PAY") ? 1 : 0;
				phoneOf.put(m.group(1), m.group(2));
				rows++;
			}
		}
		assertThat(rows).isEqualTo(summary.appEvents().rows());
		assertThat((double) inside / rows).as("events inside the active hours").isGreaterThan(0.8);
		// Every payment through the app shows as a PAY event, unless it fell after the
		// window or the closing day.
		long appPaid = bills.values()
			.stream()
			.flatMap(List::stream)
			.filter(b -> b.channel().equals("APP") && window().contains(b.paidDate()))
			.filter(b -> {
				LocalDate closed = truthByConsNo.get(b.consNo()).closedDate();
				return closed == null || !b.paidDate().isAfter(closed);
			})
			.count();
		assertThat(pays).isEqualTo(appPaid);
		long otherPhone = phoneOf.entrySet()
			.stream()
			.filter(e -> !e.getValue().equals(byConsNo.get(byAppUser.get(e.getKey()).consNo()).phone()))
			.count();
		assertThat((double) otherPhone / phoneOf.size()).as("users registered with another phone")
			.isBetween(0.02, 0.15);
		// One id per app user, and none of them is an account number: identity has to
		// come from the phone.
		assertThat(byAppUser).hasSize((int) truthByConsNo.values().stream().filter(CustomerTruth::appUser).count());
		assertThat(byAppUser.keySet()).doesNotContainAnyElementsOf(byConsNo.keySet());
	}

	@Test
	void weatherHasARowPerRegionAndDay() throws IOException {
		List<String> lines = Files.readAllLines(dir.resolve("weather.csv"), StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("region_code,date,min_temp,max_temp");
		assertThat(lines).hasSize(1 + Population.regionCodes().size() * window().days());
		assertThat(summary.weather().rows()).isEqualTo(lines.size() - 1L);
		assertThat(lines.get(1)).matches("420102,2025-07-01,-?\\d+\\.\\d,-?\\d+\\.\\d");
	}

	@Test
	void writersAloneWriteWhatWriteAllWrites() throws IOException {
		History small = new History(new Population(GeneratorConfig.defaults(20260601L, 300, 30)));
		HistoryWriter writer = new HistoryWriter(small);
		Path smallDir = dir.resolve("small");
		HistoryWriter.Summary all = writer.writeAll(smallDir);
		StringWriter out = new StringWriter();
		assertThat(writer.writeTickets(out)).isEqualTo(all.tickets());
		assertThat(out.toString()).isEqualTo(Files.readString(smallDir.resolve("tickets.csv")));
		out = new StringWriter();
		assertThat(writer.writeOutages(out)).isEqualTo(all.outages());
		assertThat(out.toString()).isEqualTo(Files.readString(smallDir.resolve("outages.csv")));
		out = new StringWriter();
		assertThat(writer.writeArchiveExtension(out)).isEqualTo(all.archive());
		assertThat(out.toString()).isEqualTo(Files.readString(smallDir.resolve("archive-extension.csv")));
	}

	private static double[] toArray(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static boolean[] toBooleans(List<Boolean> values) {
		boolean[] out = new boolean[values.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = values.get(i);
		}
		return out;
	}

}
