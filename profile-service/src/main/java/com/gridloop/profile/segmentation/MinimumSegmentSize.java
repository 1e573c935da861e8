package com.gridloop.profile.segmentation;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Customers a segment needs so that a campaign's control group can detect the stated
 * effect (two-sided 5 %, 80 % power).
 */
final class MinimumSegmentSize {

	private MinimumSegmentSize() {
	}

	static long of(SegmentationProperties properties) {
		NormalDistribution z = NormalDistribution.of(0, 1);
		double zAlpha = z.inverseCumulativeProbability(0.975);
		double zBeta = z.inverseCumulativeProbability(0.80);
		double p = properties.baseRate();
		double perArm = Math.pow(zAlpha + zBeta, 2) * 2 * p * (1 - p)
				/ Math.pow(properties.minimumDetectableEffect(), 2);
		return (long) Math.ceil(perArm / properties.controlShare());
	}

}
