package com.gridloop.strategy.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How strategy learns conversion rates.
 *
 * @param priorStrength how many customers' worth of evidence the offer's prior rate
 * counts for (default 20)
 * @param exploration how launches explore (default Thompson sampling)
 */
@ConfigurationProperties("gridloop.strategy.learning")
public record LearningProperties(Double priorStrength, Exploration exploration) {

	public LearningProperties {
		priorStrength = priorStrength == null ? 20.0 : priorStrength;
		exploration = exploration == null ? Exploration.THOMPSON : exploration;
	}

}
