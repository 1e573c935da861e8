package com.gridloop.datagen.history;

import java.io.Writer;
import java.math.BigDecimal;

import com.gridloop.datagen.CsvOutput;
import com.gridloop.datagen.history.HistoryWriter.BillStats;
import de.siegmar.fastcsv.writer.CsvWriter;

/** Writes bills.csv, counting bills by how they were paid. */
final class BillSink implements CustomerSink {

	private final CsvWriter csv;

	private long rows, customers, onTime, late, arrears, unpaid;

	private BigDecimal owe = BigDecimal.ZERO.setScale(2);

	BillSink(Writer out) {
		this.csv = CsvOutput.over(out);
	}

	@Override
	public void begin() {
		CsvOutput.header(this.csv, HistoryWriter.BILLS_HEADER);
	}

	@Override
	public void accept(CustomerHistory h) {
		this.customers++;
		for (Bill b : h.bills()) {
			this.csv.writeRecord(b.consNo(), b.billMonth().toString(), String.valueOf(b.kwh()),
					b.amount().toPlainString(), b.dueDate().toString(), b.paidAmount().toPlainString(),
					b.paidDate() == null ? "" : b.paidDate().toString(), b.oweAmount().toPlainString(),
					b.penalty().toPlainString(), b.payChannel() == null ? "" : b.payChannel().name());
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

	@Override
	public void end() {
		CsvOutput.flush(this.csv);
	}

	BillStats stats() {
		return new BillStats(this.rows, this.customers, this.onTime, this.late, this.arrears, this.unpaid, this.owe);
	}

}
