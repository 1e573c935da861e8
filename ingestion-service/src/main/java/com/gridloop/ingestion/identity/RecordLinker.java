package com.gridloop.ingestion.identity;

import java.util.List;
import java.util.Map;

import com.gridloop.ingestion.batch.BatchTally;
import com.gridloop.ingestion.records.AliasDirectory;
import com.gridloop.ingestion.standard.CodeStandards;

import org.springframework.stereotype.Component;

/**
 * Links the records of a source without customer ids (95598 tickets, app events) to
 * golden customers, one way for all: per row by keys (a link made before, else the
 * account, else the phone), then per chunk by the probabilistic matcher for the rows no
 * key linked.
 */
@Component
public record RecordLinker(AliasDirectory aliases, IdentityService identity, CodeStandards standards) {

	/** A record's customer, null with {@link LinkMethod#NONE} when nothing linked it. */
	public record Link(String customerId, LinkMethod method) {
	}

	/**
	 * The keys of a batch, read at its start.
	 * @param source the identity source name of the records ({@code 95598}, {@code APP})
	 * @param knownLinks whether the links the matcher made before for this source's
	 * records count, and the links it makes during the batch hold for the batch's later
	 * rows
	 */
	public Batch begin(String source, boolean knownLinks) {
		return new Batch(source, knownLinks ? this.aliases.snapshot("SOURCE:" + source) : null,
				this.aliases.snapshot("CONS_NO"), this.aliases.snapshot("PHONE"));
	}

	/** The keys of one batch, and the matcher's links made in it. */
	public final class Batch {

		private final String source;

		private final Map<String, String> known;

		private final Map<String, String> accounts;

		private final Map<String, String> phones;

		private Batch(String source, Map<String, String> known, Map<String, String> accounts,
				Map<String, String> phones) {
			this.source = source;
			this.known = known;
			this.accounts = accounts;
			this.phones = phones;
		}

		/**
		 * A parsed row's customer by its keys; a row none of them links counts as an
		 * unresolved reference until the matcher links it.
		 * @param phone the normalised mobile number
		 */
		public Link byKeys(String recordId, String account, String phone, BatchTally tally) {
			String customer = this.known == null ? null : this.known.get(recordId);
			if (customer != null) {
				return new Link(customer, LinkMethod.MATCHED_BEFORE);
			}
			customer = account == null ? null : this.accounts.get(account);
			if (customer != null) {
				return new Link(customer, LinkMethod.ACCOUNT);
			}
			customer = phone == null ? null : this.phones.get(phone);
			if (customer != null) {
				return new Link(customer, LinkMethod.PHONE);
			}
			tally.unresolvedReferences++;
			return new Link(null, LinkMethod.NONE);
		}

		/**
		 * What the matcher compares of a record; the region from the district its address
		 * names, as agents and apps write no region code.
		 * @param phone the normalised mobile number
		 */
		public IdentityService.Candidate candidate(String recordId, String name, String phone, String address,
				String account) {
			return candidate(recordId, name, phone, address, RecordLinker.this.standards.regionInAddress(address),
					account);
		}

		/**
		 * What the matcher compares of a record that names its region code.
		 * @param phone the normalised mobile number
		 */
		public IdentityService.Candidate candidate(String recordId, String name, String phone, String address,
				String regionCode, String account) {
			return new IdentityService.Candidate(recordId, this.source, name, phone, address, regionCode, account);
		}

		/**
		 * The matcher step of a chunk: the candidates' sure links (doubtful ones wait in
		 * the review queue), which are {@link LinkMethod#PROBABILISTIC}.
		 * @return record id to customer id, for the records linked now
		 */
		public Map<String, String> match(List<IdentityService.Candidate> candidates) {
			if (candidates.isEmpty()) {
				return Map.of();
			}
			Map<String, String> linked = RecordLinker.this.identity.link(candidates);
			if (this.known != null) {
				this.known.putAll(linked);
			}
			return linked;
		}

	}

}
