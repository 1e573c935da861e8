package com.gridloop.profile.analytics.risk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds model version strings: algorithm, a short hash of its parameters and features,
 * and the training window.
 */
public final class ModelVersion {

	private ModelVersion() {
	}

	/**
	 * E.g. {@code logistic-3f2a9c1e-t0..8}: the same algorithm, parameters, features and
	 * window always give the same version, and any change gives another.
	 * @param algorithm short algorithm name ("logistic", "gtb")
	 * @param parameters the parameters in words (hashed, not shown)
	 * @param features feature names in order (hashed)
	 */
	public static String of(String algorithm, String parameters, List<String> features, TimeWindow window) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(parameters.getBytes(StandardCharsets.UTF_8));
			for (String f : features) {
				sha.update((byte) 0);
				sha.update(f.getBytes(StandardCharsets.UTF_8));
			}
			return algorithm + "-" + HexFormat.of().formatHex(sha.digest(), 0, 4) + "-" + window;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
