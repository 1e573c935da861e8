package com.gridloop.strategy.acquisition;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads for acquisition: leads page by page, growth areas, counts, and the expansion
 * candidates. An expansion lead counts while its latest month above 80 % is recent: the
 * latest month of anyone's demand data or the month before.
 */
@Component
record AcquisitionQueries(JdbcClient jdbc) {

	/** How much acquisition holds, and how many usage facts it has read. */
	record AcquisitionStats(long applications, long linkedApplications, long prospects, long expansionLeads,
			long usageFactsSeen) {
	}

	/** Applications still open: not yet connected, not withdrawn. */
	private static final String OPEN = "status in ('SUBMITTED', 'APPROVED')";

	private static final String RECENT = """
			recent as (select coalesce(max(month) - interval '1 month', date '-infinity')::date as since
			           from acquisition_monthly_demand)""";

	private static final String LEADS = """
			with %s, leads as (
			  select 'APPLICATION' as type, application_no as key, customer_id, region_code, industry, kind, status,
			         requested_kva::float8 as kva, applied_on, null::int as months_above, null::date as last_month,
			         null::float8 as max_demand_kw, null::float8 as contracted_kva
			  from acquisition_application where %s
			  union all
			  select 'EXPANSION', customer_id, customer_id, region_code, industry, null, null, suggested_kva, null,
			         months_above, last_month, max_demand_kw, contracted_kva
			  from acquisition_expansion_lead, recent where last_month >= recent.since)
			""".formatted(RECENT, OPEN);

	/**
	 * Up to size leads after the given one, by type and key: applications by number, then
	 * expansion leads by customer id.
	 */
	List<Lead> leads(Lead.LeadType type, LeadCursor after, int size) {
		LeadCursor from = after == null ? LeadCursor.START : after;
		return this.jdbc.sql(LEADS + """
				select * from leads where (type, key) > (:afterType, :afterKey)
				  and (cast(:type as text) is null or type = :type)
				order by type, key limit :size""")
			.param("afterType", from.type())
			.param("afterKey", from.key())
			.param("type", type == null ? null : type.name())
			.param("size", size)
			.query(AcquisitionQueries::lead)
			.list();
	}

	/**
	 * Every region and industry with customers or leads, the fastest growing first, with
	 * up to five leads each.
	 */
	List<GrowthArea> growthAreas(int limit) {
		Map<String, List<Lead>> top = new HashMap<>();
		this.jdbc.sql(LEADS + """
				select * from (select leads.*, row_number() over (partition by region_code, industry
				  order by kva desc, key) as rank from leads) l where rank <= 5 order by kva desc, key""").query(rs -> {
			Lead lead = lead(rs, 0);
			top.computeIfAbsent(lead.regionCode() + "|" + lead.industry(), k -> new ArrayList<>()).add(lead);
		});
		return this.jdbc.sql(GrowthQuery.SQL.formatted(RECENT, OPEN))
			.param("limit", limit)
			.query((rs, i) -> new GrowthArea(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
					(Double) rs.getObject(5), rs.getLong(6), (Double) rs.getObject(7), rs.getLong(8), rs.getLong(9),
					rs.getDouble(10), rs.getLong(11), rs.getDouble(12),
					top.getOrDefault(rs.getString(1) + "|" + rs.getString(2), List.of())))
			.list();
	}

	List<ExpansionCandidate> expansionCandidates() {
		return this.jdbc.sql("with " + RECENT + """

				select customer_id, months_above, last_month, max_demand_kw, contracted_kva, suggested_kva,
				  region_code, industry
				from acquisition_expansion_lead, recent where last_month >= recent.since order by customer_id""")
			.query((rs, i) -> new ExpansionCandidate(rs.getString(1), rs.getInt(2),
					YearMonth.from(rs.getDate(3).toLocalDate()), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6),
					rs.getString(7), rs.getString(8)))
			.list();
	}

	AcquisitionStats stats() {
		return this.jdbc.sql("with " + RECENT + """

				select (select count(*) from acquisition_application) as applications,
				       (select count(*) from acquisition_application where customer_id is not null) as linked,
				       (select count(*) from acquisition_application where customer_id is null) as prospects,
				       (select count(*) from acquisition_expansion_lead, recent where last_month >= recent.since),
				       (select facts from acquisition_usage_seen)""")
			.query((rs, i) -> new AcquisitionStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.single();
	}

	private static Lead lead(ResultSet rs, int row) throws SQLException {
		String customer = rs.getString("customer_id");
		Lead.LeadType type = Lead.LeadType.valueOf(rs.getString("type"));
		return new Lead(type, rs.getString("key"), customer, customer == null, rs.getString("region_code"),
				rs.getString("industry"), rs.getString("kind"), rs.getString("status"), rs.getDouble("kva"),
				date(rs.getDate("applied_on")), (Integer) rs.getObject("months_above"), date(rs.getDate("last_month")),
				(Double) rs.getObject("max_demand_kw"), (Double) rs.getObject("contracted_kva"));
	}

	private static LocalDate date(Date d) {
		return d == null ? null : d.toLocalDate();
	}

}
