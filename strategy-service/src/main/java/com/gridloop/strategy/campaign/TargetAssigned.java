package com.gridloop.strategy.campaign;

import java.time.LocalDate;
import java.util.List;

import com.gridloop.strategy.offer.Channel;

/**
 * A customer entered a campaign's target list.
 *
 * @param arm TREATMENT targets are contacted; CONTROL targets must never be
 * @param offerCode the customer's best eligible offer by expected value
 * @param reason the tags that put the customer in the audience and made the offer fit
 * @param benefitYuan the yearly value in yuan the offer was ranked by
 * @param benefitText the benefit in words, for the message and the account manager
 * @param priority 1 is the most valuable target
 * @param benefitQuantity the benefit quoted, in its unit
 * @param benefitUnit yuan/year, kVA, kvar, kWp, kWh/year or yuan/year at risk
 * @param triggers the tags, with the customer's values, that made the offer fit
 * @param conversionProbability the probability the offer was chosen with (learnt, with
 * exploration: a Thompson draw by default)
 * @param expectedValue posterior mean probability × value − contact cost, in yuan: what
 * ranks the list and decides that a contact is worth it
 * @param investmentYuan what the customer invests (value-added offers)
 * @param paybackYears investment over yearly saving (value-added offers)
 * @param similarCustomers up to five customers like this one who took the offer
 * @param manager the account manager of an offline action, when known
 * @param scheduledWeek the Monday of the week an offline action is planned for; later
 * than the launch week when the manager's capacity is full
 * @param fallbackHours the campaign's hours before a manager follows up an unanswered
 * message; null for reach's default
 */
public record TargetAssigned(String campaignId, String customerId, Arm arm, String offerCode, Channel channel,
		String reason, double benefitYuan, String benefitText, int priority, String segment, double benefitQuantity,
		String benefitUnit, List<String> triggers, double conversionProbability, double expectedValue,
		Double investmentYuan, Double paybackYears, List<String> similarCustomers, String manager,
		LocalDate scheduledWeek, Integer fallbackHours) {

	TargetAssigned ranked(int priority) {
		return new TargetAssigned(this.campaignId, this.customerId, this.arm, this.offerCode, this.channel, this.reason,
				this.benefitYuan, this.benefitText, priority, this.segment, this.benefitQuantity, this.benefitUnit,
				this.triggers, this.conversionProbability, this.expectedValue, this.investmentYuan, this.paybackYears,
				this.similarCustomers, this.manager, this.scheduledWeek, this.fallbackHours);
	}

	TargetAssigned scheduled(String manager, LocalDate week, List<String> similar) {
		return new TargetAssigned(this.campaignId, this.customerId, this.arm, this.offerCode, this.channel, this.reason,
				this.benefitYuan, this.benefitText, this.priority, this.segment, this.benefitQuantity, this.benefitUnit,
				this.triggers, this.conversionProbability, this.expectedValue, this.investmentYuan, this.paybackYears,
				similar, manager, week, this.fallbackHours);
	}

}
