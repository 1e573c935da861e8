package com.gridloop.datagen;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Mainland mobile numbers on prefixes operators hand out, so that the ingestion's strict
 * reading keeps them all.
 */
public final class MobileNumbers {

	// 130-199 without the data-only, satellite and unallocated ranges (14x but 145 and
	// 147, 154, 16x but 162 and
	// 165-167, 174, 179, 194).
	private static final String[] PREFIXES = { "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
			"145", "147", "150", "151", "152", "153", "155", "156", "157", "158", "159", "162", "165", "166", "167",
			"170", "171", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186",
			"187", "188", "189", "190", "191", "192", "193", "195", "196", "197", "198", "199" };

	private MobileNumbers() {
	}

	/**
	 * Eleven digits; two draws from the generator, as the former prefix-and-rest draw
	 * took.
	 */
	public static String draw(SplittableRandom rng) {
		return PREFIXES[rng.nextInt(PREFIXES.length)] + String.format(Locale.ROOT, "%08d", rng.nextInt(100_000_000));
	}

}
