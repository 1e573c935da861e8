package com.gridloop.ingestion.connection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import com.gridloop.common.event.Events;
import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.identity.IdentityService;
import com.gridloop.ingestion.identity.LinkMethod;
import com.gridloop.ingestion.identity.RecordLinker;
import com.gridloop.ingestion.quarantine.Reason;
import com.gridloop.ingestion.read.Fields;
import com.gridloop.ingestion.read.RowRejected;
import com.gridloop.ingestion.identity.LinkedRecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;
import com.gridloop.ingestion.standard.CodeStandards;
import com.gridloop.ingestion.standard.Phones;
import com.gridloop.ingestion.standard.Standardised;

import org.springframework.stereotype.Component;

/**
 * Connection and capacity-expansion applications (报装/增容申请). Each is resolved to a
 * customer by the link made before (the same application uploaded again with a new status
 * keeps its customer), else the account it names, else the applicant's phone, else the
 * probabilistic matcher on name, phone, address and region (a sure match is linked, a
 * doubtful one waits in the review queue, see {@link ApplicationLinks}); an application
 * none of them resolves is kept as a prospect. A new connection without a customer is
 * what acquisition expects; an expansion without one names an installation nobody knows,
 * and counts against the batch's consistency.
 */
@Component
class ConnectionApplicationsIngestor extends LinkedRecordIngestor<ConnectionApplicationsIngestor.Application> {

	/** The identity source name of connection applications. */
	static final String SOURCE = "APPLICATION";

	private static final BigDecimal MAX_KVA = new BigDecimal("100000");

	record Application(ConnectionApplicationRecorded event, String consNo, String name, String phone, String address) {

		Application linked(String customerId, LinkMethod method) {
			return new Application(this.event.linked(customerId, method.name()), this.consNo, this.name, this.phone,
					this.address);
		}

	}

	private final CodeStandards standards;

	ConnectionApplicationsIngestor(RecordSupport support, RecordLinker linker, CodeStandards standards) {
		super(support, Source.CONNECTION_APPLICATIONS,
				Map.ofEntries(Map.entry("application_no", List.of("application_no", "app_no", "申请编号")),
						Map.entry("kind", List.of("kind", "busi_type", "业务类型")),
						Map.entry("status", List.of("status", "app_status", "申请状态")),
						Map.entry("name", List.of("name", "applicant_name", "申请人")),
						Map.entry("phone", List.of("phone", "applicant_phone", "联系电话")),
						Map.entry("address", List.of("address", "elec_addr", "用电地址")),
						Map.entry("region_code", List.of("region_code", "区域编码")),
						Map.entry("industry_code", List.of("industry_code", "trade_code", "行业分类")),
						Map.entry("requested_kva", List.of("requested_kva", "app_cap", "申请容量")),
						Map.entry("application_date", List.of("application_date", "app_date", "申请日期")),
						Map.entry("cons_no", List.of("cons_no", "户号"))),
				List.of("application_no", "kind", "status", "requested_kva", "application_date"), linker, SOURCE, true);
		this.standards = standards;
	}

	@Override
	protected Application parse(Fields f, BatchTally tally) throws RowRejected {
		String no = f.required("application_no");
		String kind = code(ApplicationCodes.KINDS, "kind", f.required("kind"));
		String status = code(ApplicationCodes.STATUSES, "status", f.required("status"));
		BigDecimal kva = f.nonNegative("requested_kva", true, MAX_KVA);
		if (kva.signum() == 0) {
			throw new RowRejected(Reason.OUT_OF_RANGE, "requested_kva 0 is outside 0 (exclusive) .. " + MAX_KVA);
		}
		LocalDate applied = f.notAfterToday("application_date", f.date("application_date", true));
		String name = f.text("name");
		String rawPhone = f.text("phone");
		String phone = Phones.normalise(rawPhone);
		String address = f.text("address");
		String consNo = f.text("cons_no");
		String region = standard(this.standards::region, f.text("region_code"), tally);
		if (region == null) {
			region = this.standards.regionInAddress(address);
		}
		String industry = standard(this.standards::industry, f.text("industry_code"), tally);
		for (Object optional : new Object[] { name, rawPhone, address, region, industry }) {
			tally.fieldsPossible++;
			tally.fieldsPresent += optional == null ? 0 : 1;
		}
		RecordLinker.Link link = this.links.byKeys(no, consNo, phone, tally);
		return new Application(new ConnectionApplicationRecorded(no, link.customerId(), link.method().name(), kind,
				status, region, industry, kva, applied), consNo, name, rawPhone, address);
	}

	private static String code(Map<String, String> codes, String field, String raw) throws RowRejected {
		String code = codes.get(raw.toUpperCase(Locale.ROOT));
		if (code == null) {
			throw new RowRejected(Reason.UNKNOWN_CODE,
					"Unknown " + field + " " + raw + "; known: " + new TreeSet<>(codes.keySet()));
		}
		return code;
	}

	/** The standard code, or the source's text kept and counted when it is unknown. */
	private static String standard(Function<String, Standardised> standardise, String raw, BatchTally tally) {
		if (raw == null) {
			return null;
		}
		Standardised s = standardise.apply(raw);
		tally.unresolvedReferences += s.known() ? 0 : 1;
		return s.code();
	}

	@Override
	protected long write(UUID batchId, List<Application> chunk, BatchTally tally) {
		List<Application> rows = resolveApplicants(withStoredLinks(chunk, tally), tally);
		this.jdbc.batchUpdate("""
				insert into connection_application (application_no, kind, status, applicant_name, applicant_phone,
				  address, region_code, industry_code, requested_kva, applied_on, cons_no, customer_id, link_method,
				  batch_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (application_no) do update set kind = excluded.kind, status = excluded.status,
				  applicant_name = coalesce(excluded.applicant_name, connection_application.applicant_name),
				  applicant_phone = coalesce(excluded.applicant_phone, connection_application.applicant_phone),
				  address = coalesce(excluded.address, connection_application.address),
				  region_code = coalesce(excluded.region_code, connection_application.region_code),
				  industry_code = coalesce(excluded.industry_code, connection_application.industry_code),
				  requested_kva = excluded.requested_kva, applied_on = excluded.applied_on,
				  cons_no = coalesce(excluded.cons_no, connection_application.cons_no),
				  customer_id = excluded.customer_id, link_method = excluded.link_method,
				  batch_id = excluded.batch_id""", rows, 1000, (ps, a) -> {
			ConnectionApplicationRecorded e = a.event();
			ps.setString(1, e.applicationNo());
			ps.setString(2, e.kind());
			ps.setString(3, e.status());
			ps.setString(4, a.name());
			ps.setString(5, a.phone());
			ps.setString(6, a.address());
			ps.setString(7, e.regionCode());
			ps.setString(8, e.industryCode());
			ps.setBigDecimal(9, e.requestedKva());
			ps.setObject(10, e.appliedOn());
			ps.setString(11, a.consNo());
			ps.setString(12, e.customerId());
			ps.setString(13, e.linkMethod());
			ps.setObject(14, batchId);
		});
		// What is stored now, fields an update row left out included.
		List<ConnectionApplicationRecorded> events = this.jdbc.query(SELECT + " where application_no = any(?)",
				ConnectionApplicationsIngestor::event, (Object) numbers(rows));
		this.outbox.appendAll(Events.CONNECTION_APPLICATION_RECORDED, events,
				ConnectionApplicationRecorded::applicationNo);
		return events.size();
	}

	private static final String SELECT = """
			select application_no, customer_id, link_method, kind, status, region_code, industry_code, requested_kva,
			  applied_on from connection_application""";

	private static String[] numbers(List<Application> rows) {
		return rows.stream().map(a -> a.event().applicationNo()).toArray(String[]::new);
	}

	/**
	 * Applications uploaded again (a new status) that no key resolved this time keep the
	 * customer they were resolved to before, and how.
	 */
	private List<Application> withStoredLinks(List<Application> rows, BatchTally tally) {
		Map<String, ConnectionApplicationRecorded> stored = new HashMap<>();
		this.jdbc
			.query(SELECT + " where application_no = any(?) and customer_id is not null",
					ConnectionApplicationsIngestor::event, (Object) numbers(rows))
			.forEach(e -> stored.put(e.applicationNo(), e));
		if (stored.isEmpty()) {
			return rows;
		}
		return rows.stream().map(a -> {
			ConnectionApplicationRecorded before = stored.get(a.event().applicationNo());
			if (before == null || a.event().customerId() != null) {
				return a;
			}
			tally.unresolvedReferences--;
			return new Application(a.event().linked(before.customerId(), before.linkMethod()), a.consNo(), a.name(),
					a.phone(), a.address());
		}).toList();
	}

	/**
	 * Applications no key resolved whose applicant gave a name: resolved by the matcher
	 * on the region the row names, sure links taken. A new connection left without a
	 * customer is a prospect, not an unresolved reference.
	 */
	private List<Application> resolveApplicants(List<Application> rows, BatchTally tally) {
		List<IdentityService.Candidate> candidates = rows.stream()
			.filter(a -> a.event().customerId() == null && a.name() != null)
			.map(a -> this.links.candidate(a.event().applicationNo(), a.name(), Phones.normalise(a.phone()),
					a.address(), a.event().regionCode(), a.consNo()))
			.toList();
		Map<String, String> linked = this.links.match(candidates);
		tally.unresolvedReferences -= linked.size();
		List<Application> resolved = rows.stream().map(a -> {
			String customer = linked.get(a.event().applicationNo());
			return customer == null || a.event().customerId() != null ? a
					: a.linked(customer, LinkMethod.PROBABILISTIC);
		}).toList();
		tally.unresolvedReferences -= resolved.stream()
			.filter(a -> a.event().customerId() == null && "NEW".equals(a.event().kind()))
			.count();
		return resolved;
	}

	static ConnectionApplicationRecorded event(ResultSet rs, int row) throws SQLException {
		return new ConnectionApplicationRecorded(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
				rs.getObject(9, LocalDate.class));
	}

}
