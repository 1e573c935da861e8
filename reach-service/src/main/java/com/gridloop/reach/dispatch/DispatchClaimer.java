package com.gridloop.reach.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.reach.policy.ContactPolicy;
import com.gridloop.reach.policy.ContactPolicy.Decision;
import com.gridloop.reach.policy.PolicyCounts;
import com.gridloop.reach.policy.PolicyProperties;
import com.gridloop.reach.template.Templates;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first step of a pass, in one short transaction: claims a page of due dispatches,
 * applies the contact policy to each (suppress, defer or send), renders the message of
 * those to send and marks them SENDING. A dispatch whose earlier claim was never recorded
 * is resent as it was, without a new policy decision: its message may already be out.
 */
@Component
class DispatchClaimer {

	/** A message to send, with the dispatch id as its idempotency key. */
	record Outgoing(UUID id, UUID campaignId, String customerId, String channel, String body, int attempt) {
	}

	/** What a claim found: how many dispatches, and the messages to send. */
	record Claim(int claimed, List<Outgoing> outgoing) {
	}

	private final DispatchQueries queries;

	private final DispatchRecords records;

	private final Templates templates;

	private final ContactPolicy policy;

	private final PolicyProperties policyProperties;

	private final PolicyCounts counts;

	private final TransactionTemplate tx;

	private final Duration staleAfter;

	DispatchClaimer(DispatchQueries queries, DispatchRecords records, Templates templates,
			PolicyProperties policyProperties, PolicyCounts counts, TransactionTemplate tx,
			@Value("${gridloop.reach.dispatch.claim-timeout:2m}") Duration staleAfter) {
		this.queries = queries;
		this.records = records;
		this.templates = templates;
		this.policy = new ContactPolicy(policyProperties);
		this.policyProperties = policyProperties;
		this.counts = counts;
		this.tx = tx;
		this.staleAfter = staleAfter;
	}

	Claim claim(int batch, Instant now) {
		return this.tx.execute(s -> {
			List<DispatchQueries.Claimed> claimed = this.queries.claim(batch, now, this.staleAfter);
			if (claimed.isEmpty()) {
				return new Claim(0, List.of());
			}
			Templates.Catalogue catalogue = this.templates.catalogue();
			Map<String, List<ContactPolicy.Contact>> recent = new HashMap<>(this.queries.recentContacts(
					claimed.stream().map(DispatchQueries.Claimed::customerId).distinct().toList(),
					now.minus(this.policyProperties.lookBack())));
			List<Outgoing> outgoing = new ArrayList<>();
			DispatchRecords.Decisions decisions = new DispatchRecords.Decisions();
			PolicyCounts.Tally tally = this.counts.tally();
			for (DispatchQueries.Claimed c : claimed) {
				Templates.Rendered message = catalogue.render(c.offerCode(), c.channel(),
						new Templates.Variables(c.maskedName(), c.benefitQuantity(), c.benefitUnit()));
				boolean transactional = c.transactional()
						|| this.policyProperties.transactionalOffers().contains(c.offerCode());
				Decision decision = c.resend() ? new Decision(null, null)
						: this.policy.decide(new ContactPolicy.Candidate(c.customerId(), c.channel(), transactional,
								c.optedOut(), c.activeHour(), c.week()), recent.getOrDefault(c.customerId(), List.of()),
								now);
				if (decision.deferred()) {
					decisions.defer(c.id(), decision.reason().key(), decision.notBefore());
					tally.deferred(decision.reason().key(), c.channel());
				}
				else if (!decision.send()) {
					decisions.suppress(c.id(), decision.reason().key());
					tally.suppressed(decision.reason().key(), c.channel());
				}
				else if (message == null || !message.withinLimit()) {
					decisions.suppress(c.id(), "template");
					tally.suppressed("template", c.channel());
				}
				else {
					decisions.sending(c.id());
					if (!transactional) {
						recent.computeIfAbsent(c.customerId(), k -> new ArrayList<>())
							.add(new ContactPolicy.Contact(c.channel(), now));
					}
					outgoing.add(new Outgoing(c.id(), c.campaignId(), c.customerId(), c.channel(), message.text(),
							c.attempts() + 1));
				}
			}
			this.records.apply(decisions, now);
			tally.flush();
			return new Claim(claimed.size(), outgoing);
		});
	}

}
