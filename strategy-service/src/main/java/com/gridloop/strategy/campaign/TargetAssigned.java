package com.gridloop.strategy.campaign;

/**
 * A customer entered a campaign's target list.
 *
 * @param arm TREATMENT targets are contacted; CONTROL targets must never be
 * @param reason the tags that put the customer in the audience, in words
 * @param benefitYuan the quantified benefit quoted to the customer (yuan per year)
 * @param benefitText the benefit in words, for the message and the account manager
 * @param priority 1 is the most valuable target
 */
public record TargetAssigned(String campaignId, String customerId, Arm arm, String offerCode, Channel channel,
		String reason, double benefitYuan, String benefitText, int priority, String segment) {
}
