package com.gridloop.datagen.history;

import java.util.SplittableRandom;

import com.gridloop.datagen.MobileNumbers;

/** Small random draws the history needs beyond what SplittableRandom offers. */
final class Draws {

	private static final long MASK = (1L << 40) - 1;

	private Draws() {
	}

	static int poisson(SplittableRandom rng, double lambda) {
		double limit = Math.exp(-lambda), p = 1;
		int k = 0;
		do {
			k++;
			p *= rng.nextDouble();
		}
		while (p > limit);
		return k - 1;
	}

	static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	static String phone(SplittableRandom rng) {
		return MobileNumbers.draw(rng);
	}

	/**
	 * A bijection of 40-bit numbers: ids made from distinct numbers never collide, yet do
	 * not reveal the customer index or the customer number (identity has to be resolved,
	 * not decoded).
	 */
	static long scramble(long x, long salt) {
		long z = (x ^ salt) & MASK;
		z = (z * 0x9E3779B97F5L) & MASK;
		z ^= z >>> 19;
		z = (z * 0xC2B2AE3D27L) & MASK;
		z ^= z >>> 21;
		return z;
	}

}
