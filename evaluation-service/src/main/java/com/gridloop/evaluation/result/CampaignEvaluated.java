package com.gridloop.evaluation.result;

import java.time.Instant;
import java.util.List;

import com.gridloop.evaluation.account.AccountOutcomes;
import com.gridloop.evaluation.usage.LoadShift;

/**
 * A campaign's result on its primary outcome (conversion), treatment against control,
 * with its checks and breakdowns. Published whenever the campaign's data changed;
 * strategy keeps the latest.
 *
 * @param uplift treatment conversion rate minus control conversion rate
 * @param upliftCiLow lower end of the 95 % confidence interval of the uplift
 * @param upliftCiHigh upper end of it
 * @param sampleRatioPValue chi-square p-value of the observed split against the planned
 * control share
 * @param sampleRatioMismatch true when the split is implausible: do not trust the effect
 * @param sequentialCiLow lower end of the always-valid interval of the uplift, which may
 * be watched daily ({@link #sequentialMethod})
 * @param cells counts per offer, segment and channel, from which strategy learns what
 * converts whom
 * @param loadShift kWh moved out of the peak, null until both arms have usage on both
 * sides of the launch
 * @param accountOutcomes retention at 90 days, complaints per 1,000 and revenue per
 * customer
 */
public record CampaignEvaluated(String campaignId, String name, String offerCode, Arm treatment, Arm control,
		double uplift, double upliftCiLow, double upliftCiHigh, double pValue, double confidence,
		double expectedControlShare, double sampleRatioPValue, boolean sampleRatioMismatch, double sequentialCiLow,
		double sequentialCiHigh, String sequentialMethod, List<Breakdown> bySegment, List<Breakdown> byChannel,
		List<Breakdown> byOffer, List<Cell> cells, LoadShift loadShift, AccountOutcomes accountOutcomes,
		Instant computedAt) {

	/** One arm's counts. */
	public record Arm(long customers, long contacted, long conversions, double conversionRate) {
	}

	/**
	 * Treatment and control counts of one offer × segment × channel cell (intention to
	 * treat: every assigned customer counts, contacted or not).
	 */
	public record Cell(String offerCode, String segment, String channel, long treatment, long treatmentConversions,
			long control, long controlConversions) {
	}

	/**
	 * The uplift within one segment, channel or offer.
	 *
	 * @param pValue the pooled z-test's p-value of this breakdown alone
	 * @param adjustedPValue Benjamini-Hochberg adjusted over every breakdown of the
	 * campaign (segments, channels and offers together)
	 */
	public record Breakdown(String key, long treatment, long control, double treatmentRate, double controlRate,
			double uplift, double ciLow, double ciHigh, double pValue, double adjustedPValue) {
	}

}
