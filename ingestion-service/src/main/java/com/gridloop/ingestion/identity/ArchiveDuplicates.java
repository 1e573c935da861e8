package com.gridloop.ingestion.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gridloop.common.task.TaskExecutors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds customers in the archive that are one customer entered twice (a migration, a
 * second counter clerk) and proposes merging them: the whole archive goes through the
 * Fellegi-Sunter resolver as one set, and every pair it links or doubts becomes a merge
 * proposal in the identity review queue (source {@value #SOURCE}). Nothing is merged
 * without a person: one person can rightly hold two accounts, and a merge retires one of
 * them. Accepting a proposal merges the later customer into the earlier one
 * ({@link CustomerMerges}); a rejected pair is not proposed again.
 *
 * <p>
 * The account numbers are left out of the comparison: two records of one customer entered
 * twice carry two account numbers by definition, and their disagreement would argue
 * against the very duplicates sought.
 */
@Component
public class ArchiveDuplicates {

	/** The review queue's source name of archive merge proposals. */
	public static final String SOURCE = "ARCHIVE";

	/** What a scan found and proposed. */
	public record Scan(int customers, int candidatePairs, long sure, long doubtful, int proposed,
			Map<String, Double> seconds) {
	}

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AsyncTaskExecutor helpers;

	ArchiveDuplicates(JdbcTemplate jdbc, JsonMapper json, @Qualifier("identityWorkers") AsyncTaskExecutor helpers) {
		this.jdbc = jdbc;
		this.json = json;
		this.helpers = helpers;
	}

	/** The matcher's helpers: CPU-bound, so one thread per core. */
	@Bean
	static ThreadPoolTaskExecutor identityWorkers() {
		return TaskExecutors.helpers("identity-worker", Runtime.getRuntime().availableProcessors());
	}

	@Transactional
	public Scan scan() {
		long t0 = System.nanoTime();
		List<IdentityRecord> records = new ArrayList<>();
		Map<String, IdentityService.Candidate> byRecord = new HashMap<>();
		this.jdbc.query("""
				select customer_id, name, phone, address, region_code from customer
				where merged_into is null order by created_at, customer_id""", rs -> {
			String id = rs.getString(1);
			records.add(new IdentityRecord(id, SOURCE, rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), null));
			byRecord.put(id, new IdentityService.Candidate(id, SOURCE, rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), null));
		});
		Map<String, Double> seconds = new LinkedHashMap<>();
		seconds.put("read", (System.nanoTime() - t0) / 1e9);
		if (records.size() < 2) {
			return new Scan(records.size(), 0, 0, 0, 0, seconds);
		}
		Map<String, Integer> order = new HashMap<>(records.size() * 2);
		for (int i = 0; i < records.size(); i++) {
			order.put(records.get(i).recordId(), i);
		}
		long t1 = System.nanoTime();
		Resolution resolution = new IdentityResolver(IdentityResolver.Settings.defaults().withEstimate(false),
				FellegiSunterModel.defaults(), this.helpers)
			.resolve(records);
		seconds.put("resolve", (System.nanoTime() - t1) / 1e9);
		long t2 = System.nanoTime();
		List<MatchExplanation> pairs = new ArrayList<>(resolution.pairs(Decision.LINK));
		long sure = pairs.size();
		pairs.addAll(resolution.pairs(Decision.REVIEW));
		int proposed = 0;
		for (MatchExplanation pair : pairs) {
			// The earlier customer survives; the later one is the record proposed for
			// merging into it.
			boolean leftFirst = order.get(pair.leftRecordId()) < order.get(pair.rightRecordId());
			String survivor = leftFirst ? pair.leftRecordId() : pair.rightRecordId();
			String later = leftFirst ? pair.rightRecordId() : pair.leftRecordId();
			// Bulk path (every pair of the archive).
			Integer inserted = this.jdbc.queryForObject(
					IdentityReview.BULK_UPSERT_RETURNING + "case when xmax = 0 then 1 else 0 end", Integer.class, later,
					SOURCE, this.json.writeValueAsString(byRecord.get(later)), survivor, pair.probability(),
					this.json.writeValueAsString(pair));
			proposed += inserted == null ? 0 : inserted;
		}
		seconds.put("propose", (System.nanoTime() - t2) / 1e9);
		return new Scan(records.size(), resolution.candidatePairCount(), sure, pairs.size() - sure, proposed, seconds);
	}

}
