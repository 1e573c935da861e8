package com.gridloop.strategy.tariff;

/**
 * A customer's own bill under their flat tariff and under its time-of-use option, from
 * their annual kWh and band shares, with a share of peak-band kWh moved to the valley.
 */
public final class TouBillSimulator {

	/** Annual bills in yuan and the saving. */
	public record Simulation(double flatBill, double touBill, double touBillAfterShift, double saving) {
	}

	private TouBillSimulator() {
	}

	/**
	 * @param sharpShare share of kWh in the sharp band
	 * @param peakShare share of kWh in sharp and peak bands together (as the
	 * {@code peak_share} tag)
	 * @param valleyShare share of kWh in the valley band
	 * @param shift share of sharp and peak kWh the customer moves to the valley (0 to 1)
	 */
	public static Simulation simulate(Tariff tariff, double annualKwh, double sharpShare, double peakShare,
			double valleyShare, double shift) {
		if (shift < 0 || shift > 1) {
			throw new IllegalArgumentException("shift must be between 0 and 1");
		}
		double sharp = annualKwh * sharpShare;
		double peak = annualKwh * Math.max(0, peakShare - sharpShare);
		double valley = annualKwh * valleyShare;
		double flat = Math.max(0, annualKwh - sharp - peak - valley);
		double flatBill = annualKwh * tariff.flatPrice();
		double touBill = bill(tariff, sharp, peak, flat, valley);
		double shifted = bill(tariff, sharp * (1 - shift), peak * (1 - shift), flat, valley + (sharp + peak) * shift);
		return new Simulation(round(flatBill), round(touBill), round(shifted), round(flatBill - shifted));
	}

	private static double bill(Tariff t, double sharp, double peak, double flat, double valley) {
		return sharp * t.sharpPrice() + peak * t.peakPrice() + flat * t.flatBandPrice() + valley * t.valleyPrice();
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
