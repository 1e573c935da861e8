package com.gridloop.datagen;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * How a customer treats a message on a channel, decided by their id alone so that the
 * gateway simulator, the demo and the tests agree without sharing state: whether the
 * message is delivered, read, clicked, answered, and whether an SMS is answered "TD"
 * (unsubscribe).
 *
 * @param delivered the gateway reports the message delivered
 * @param read the customer opened it (push, WeChat, SMS) or picked up the call
 * @param clicked the customer followed its link (push, WeChat)
 * @param reply what the customer answered, or null: "TD" opts out of SMS, "1" means
 * interested
 */
public record ChannelBehaviour(boolean delivered, boolean read, boolean clicked, String reply) {

	/** The reply that unsubscribes a customer from SMS. */
	public static final String UNSUBSCRIBE = "TD";

	/** The reply that says the customer is interested. */
	public static final String INTERESTED = "1";

	/**
	 * The behaviour of a customer on a channel; the same inputs always give the same
	 * answer.
	 */
	public static ChannelBehaviour of(String customerId, String channel) {
		long h = 1125899906842597L;
		for (byte b : (customerId + "|" + channel).getBytes(StandardCharsets.UTF_8)) {
			h = 31 * h + b;
		}
		SplittableRandom rng = new SplittableRandom(Population.mix(0x5EEDL, h));
		boolean delivered = rng.nextDouble() < 0.96;
		boolean read = delivered && rng.nextDouble() < readRate(channel);
		boolean clicked = read && (channel.equals("APP_PUSH") || channel.equals("WECHAT")) && rng.nextDouble() < 0.35;
		double r = rng.nextDouble();
		String reply = null;
		if (delivered && channel.equals("SMS") && r < 0.04) {
			reply = UNSUBSCRIBE;
		}
		else if (read && r < 0.12) {
			reply = INTERESTED;
		}
		return new ChannelBehaviour(delivered, read, clicked, reply);
	}

	private static double readRate(String channel) {
		return switch (channel) {
			case "APP_PUSH" -> 0.30;
			case "WECHAT" -> 0.45;
			case "SMS" -> 0.55;
			case "OUTBOUND_CALL" -> 0.60;
			default -> 0.0;
		};
	}

}
