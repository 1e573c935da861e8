package com.gridloop.common.event;

/**
 * A kind of event: the topic it travels on, its past-tense name and the payload version
 * producers write now.
 */
public record EventType(String topic, String name, int version) {
}
