package com.gridloop.ingestion.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.event.Events;
import com.gridloop.common.outbox.Outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Golden customer records and their aliases, linked deterministically by customer number:
 * a known number keeps its golden id, a new one gets a stable id, and its account, meter
 * and phone aliases point at it (a meter that moved follows its new customer). Only new
 * or changed customers are published.
 */
@Component
class CustomerStore {

	/**
	 * What a chunk changed: customers published, rows identical to what was stored, rows
	 * repeating a number.
	 */
	record Written(int published, int unchanged, int repeated) {
	}

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	CustomerStore(JdbcTemplate jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Written upsert(List<CustomerRecord> rows) {
		if (rows.isEmpty()) {
			return new Written(0, 0, 0);
		}
		// The last row of a customer number in the chunk wins, as it would in a sequence
		// of changes.
		Map<String, CustomerRecord> latest = new LinkedHashMap<>();
		rows.forEach(r -> latest.put(r.customerNo(), r));
		Map<String, String[]> existing = existing(latest.keySet().toArray(String[]::new));
		List<CustomerLinked> changed = new ArrayList<>();
		List<Object[]> upserts = new ArrayList<>();
		List<Object[]> aliases = new ArrayList<>();
		for (CustomerRecord r : latest.values()) {
			String[] known = existing.get(r.customerNo());
			String id = known != null ? known[0] : CustomerRecord.goldenIdFor(r.customerNo());
			String fingerprint = r.fingerprint();
			if (known != null && fingerprint.equals(known[1])) {
				continue;
			}
			upserts.add(new Object[] { id, r.customerNo(), r.consNo(), r.name(), r.phone(), r.address(), r.regionCode(),
					r.category(), r.voltageLevel(), r.contractedKva(), r.industryCode(), r.tariffCode(),
					r.flags().toArray(String[]::new), fingerprint, r.accountManager() });
			for (String alias : r.aliases()) {
				int colon = alias.indexOf(':');
				aliases.add(new Object[] { alias.substring(0, colon), alias.substring(colon + 1), id });
			}
			changed.add(r.linked(id));
		}
		this.jdbc.batchUpdate("""
				insert into customer (customer_id, customer_no, cons_no, name, phone, address, region_code, category,
				  voltage_level, contracted_kva, industry_code, tariff_code, flags, fingerprint, account_manager)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (customer_no) do update set cons_no = excluded.cons_no, name = excluded.name,
				  phone = excluded.phone, address = excluded.address, region_code = excluded.region_code,
				  category = excluded.category, voltage_level = excluded.voltage_level,
				  contracted_kva = excluded.contracted_kva, industry_code = excluded.industry_code,
				  tariff_code = excluded.tariff_code, flags = excluded.flags, fingerprint = excluded.fingerprint,
				  account_manager = excluded.account_manager, updated_at = now()""", upserts);
		this.jdbc.batchUpdate("""
				insert into customer_alias (alias_type, alias_value, customer_id) values (?, ?, ?)
				on conflict (alias_type, alias_value) do update set customer_id = excluded.customer_id""", aliases);
		this.outbox.appendAll(Events.CUSTOMER_LINKED, changed, CustomerLinked::customerId);
		return new Written(changed.size(), latest.size() - changed.size(), rows.size() - latest.size());
	}

	/** Customer number to {golden id, fingerprint} for those already known. */
	private Map<String, String[]> existing(String[] customerNos) {
		Map<String, String[]> found = new HashMap<>();
		this.jdbc.query(con -> {
			var ps = con.prepareStatement(
					"select customer_no, customer_id, fingerprint from customer where customer_no = any(?)");
			ps.setArray(1, con.createArrayOf("text", customerNos));
			return ps;
		}, rs -> {
			found.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
		});
		return found;
	}

}
