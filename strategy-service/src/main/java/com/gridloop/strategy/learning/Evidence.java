package com.gridloop.strategy.learning;

/**
 * What one evaluated campaign showed for one offer × segment × channel cell: how many
 * customers were in the treatment arm and how many of them converted.
 */
public record Evidence(String offerCode, String segment, String channel, long treated, long conversions) {
}
