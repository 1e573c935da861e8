package com.gridloop.ingestion.bill;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.records.AliasDirectory;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.read.RowRejected;

import org.springframework.stereotype.Component;

/**
 * Monthly bills and payments (CONS_NO, bill month, kWh, amount, due date, paid amount and
 * date, arrears, penalty, pay channel). A bill must add up (arrears = amount - paid) and
 * name a known account; billed kWh is checked against the metered kWh of the same month
 * as cross-source consistency.
 */
@Component
class BillsIngestor extends RecordIngestor<BillRecorded> {

	/**
	 * Billed and metered kWh of a fully metered month may differ by this share before
	 * they count as inconsistent.
	 */
	static final double METER_TOLERANCE = 0.05;

	private static final BigDecimal CENT = new BigDecimal("0.01");

	/**
	 * A month's kWh of one account: a large plant draws around 10^8; the column holds
	 * below 10^12.
	 */
	static final BigDecimal MAX_KWH = new BigDecimal("1000000000");

	/** A month's amount in yuan, with the same headroom. */
	static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

	private final AliasDirectory aliases;

	private AliasDirectory.Archive accounts;

	BillsIngestor(RecordSupport support, AliasDirectory aliases) {
		super(support, Source.BILLS,
				Map.of("cons_no", List.of("cons_no", "户号"), "bill_month", List.of("bill_month", "ym", "账期"), "kwh",
						List.of("kwh", "t_pq", "电量"), "amount", List.of("amount", "rcvbl_amt", "应收电费"), "due_date",
						List.of("due_date", "应缴日期"), "paid_amount", List.of("paid_amount", "rcved_amt", "实收电费"),
						"paid_date", List.of("paid_date", "缴费日期"), "owe_amt", List.of("owe_amt", "欠费金额"), "penalty",
						List.of("penalty", "违约金"), "pay_channel", List.of("pay_channel", "缴费渠道")),
				List.of("cons_no", "bill_month", "kwh", "amount", "due_date", "paid_amount", "owe_amt"));
		this.aliases = aliases;
	}

	@Override
	protected void begin(UUID batchId) {
		this.accounts = this.aliases.archive("CONS_NO", "Account");
	}

	@Override
	protected BillRecorded parse(Fields f, BatchTally tally) throws RowRejected {
		String consNo = f.required("cons_no");
		String customerId = this.accounts.customerOf(consNo);
		YearMonth month = f.month("bill_month");
		if (month.isAfter(YearMonth.now(CHINA))) {
			throw new RowRejected(Reason.FUTURE_TIMESTAMP, "bill_month is in the future: " + month);
		}
		BigDecimal kwh = f.nonNegative("kwh", true, MAX_KWH);
		BigDecimal amount = f.nonNegative("amount", true, MAX_AMOUNT);
		BigDecimal paid = f.nonNegative("paid_amount", true, MAX_AMOUNT);
		BigDecimal owe = f.nonNegative("owe_amt", true, MAX_AMOUNT);
		BigDecimal penalty = f.nonNegative("penalty", false, MAX_AMOUNT);
		LocalDate due = f.date("due_date", true);
		LocalDate paidDate = f.date("paid_date", false);
		if (amount.subtract(paid).subtract(owe).abs().compareTo(CENT) > 0) {
			throw new RowRejected(Reason.INCONSISTENT,
					"The bill does not add up: amount " + amount + " - paid " + paid + " != arrears " + owe);
		}
		if (paidDate == null && paid.signum() > 0) {
			throw new RowRejected(Reason.INCONSISTENT, "paid_amount " + paid + " without a paid_date");
		}
		f.notAfterToday("paid_date", paidDate);
		return new BillRecorded(customerId, consNo, month.toString(), kwh, amount, due, paid, paidDate, owe,
				penalty == null ? BigDecimal.ZERO : penalty, f.text("pay_channel"));
	}

	@Override
	protected long write(UUID batchId, List<BillRecorded> rows, BatchTally tally) {
		return storeAndPublish(
				"""
						insert into bill (cons_no, bill_month, customer_id, kwh, amount, due_date, paid_amount, paid_date, owe_amt,
						  penalty, pay_channel, batch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						on conflict (cons_no, bill_month) do update set customer_id = excluded.customer_id, kwh = excluded.kwh,
						  amount = excluded.amount, due_date = excluded.due_date, paid_amount = excluded.paid_amount,
						  paid_date = excluded.paid_date, owe_amt = excluded.owe_amt, penalty = excluded.penalty,
						  pay_channel = excluded.pay_channel, batch_id = excluded.batch_id""",
				rows, (ps, b) -> {
					ps.setString(1, b.consNo());
					ps.setObject(2, YearMonth.parse(b.month()).atDay(1));
					ps.setString(3, b.customerId());
					ps.setBigDecimal(4, b.kwh());
					ps.setBigDecimal(5, b.amount());
					ps.setObject(6, b.dueDate());
					ps.setBigDecimal(7, b.paidAmount());
					ps.setObject(8, b.paidDate());
					ps.setBigDecimal(9, b.oweAmount());
					ps.setBigDecimal(10, b.penalty());
					ps.setString(11, b.payChannel());
					ps.setObject(12, batchId);
				}, Events.BILL_RECORDED, BillRecorded::customerId);
	}

	/**
	 * Cross-source consistency: bills of fully metered months whose kWh disagrees with
	 * the meter beyond tolerance.
	 */
	@Override
	protected long finish(UUID batchId, BatchTally tally) {
		Long inconsistent = this.jdbc.queryForObject("""
				select count(*) from bill b
				join (select customer_id, date_trunc('month', day)::date as month, sum(kwh) as kwh, count(*) as days
				      from daily_usage group by 1, 2) m on m.customer_id = b.customer_id and m.month = b.bill_month
				where b.batch_id = ? and m.days = extract(day from (b.bill_month + interval '1 month - 1 day'))
				  and abs(b.kwh - m.kwh) > ? * greatest(b.kwh, 1)""", Long.class, batchId, METER_TOLERANCE);
		tally.unresolvedReferences += inconsistent == null ? 0 : inconsistent;
		return 0;
	}

}
