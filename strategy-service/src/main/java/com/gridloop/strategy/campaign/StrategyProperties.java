package com.gridloop.strategy.campaign;

import java.util.EnumMap;
import java.util.Map;

import com.gridloop.strategy.offer.Channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How campaigns are launched.
 *
 * @param holdoutShare share of customers left out of every campaign of a quarter, by hash
 * of customer and quarter (default 0.05)
 * @param channelCost what one contact through each channel costs, in yuan
 * @param managerWeeklyCapacity offline actions (visits, calls) one account manager takes
 * a week, unless the managers source says otherwise (default 40)
 */
@ConfigurationProperties("gridloop.strategy.launch")
public record StrategyProperties(Double holdoutShare, Map<Channel, Double> channelCost, Integer managerWeeklyCapacity) {

	public StrategyProperties {
		holdoutShare = holdoutShare == null ? 0.05 : holdoutShare;
		Map<Channel, Double> costs = new EnumMap<>(Channel.class);
		costs.putAll(Map.of(Channel.APP_PUSH, 0.01, Channel.WECHAT, 0.02, Channel.SMS, 0.05, Channel.OUTBOUND_CALL, 2.0,
				Channel.MANAGER_VISIT, 30.0));
		if (channelCost != null) {
			costs.putAll(channelCost);
		}
		channelCost = costs;
		managerWeeklyCapacity = managerWeeklyCapacity == null ? 40 : managerWeeklyCapacity;
	}

	double cost(Channel channel) {
		return this.channelCost.getOrDefault(channel, 0.0);
	}

}
