package com.gridloop.strategy.campaign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Assigns a customer to a campaign's control group by a hash of customer id and campaign
 * id: the same answer on every replica and every rerun, independent across campaigns, and
 * uniform, so the control share holds.
 */
public final class Holdout {

	private Holdout() {
	}

	/** A number in [0, 1) fixed by the pair. */
	public static double position(String customerId, String campaignId) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha.digest((campaignId + '|' + customerId).getBytes(StandardCharsets.UTF_8));
			long bits = ByteBuffer.wrap(digest, 0, 8).getLong() >>> 11;
			return bits / (double) (1L << 53);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Arm arm(String customerId, String campaignId, double controlShare) {
		return position(customerId, campaignId) < controlShare ? Arm.CONTROL : Arm.TREATMENT;
	}

}
