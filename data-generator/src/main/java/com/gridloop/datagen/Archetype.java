package com.gridloop.datagen;

/**
 * Load archetypes a county's customers fall into, with their hourly shape (share of the
 * day's kWh in each hour, local time), typical daily kWh, sensitivity to heat, and how
 * many would take a time-of-use offer.
 */
public enum Archetype {

	/** Households: evening peak, air-conditioning in summer, 30-minute meters. */
	RESIDENTIAL(Category.RESIDENTIAL, 30, 9.0, 0.06, 0.75, 1.0,
			new double[] { 2.4, 2.0, 1.8, 1.7, 1.7, 2.0, 3.2, 4.6, 4.2, 3.6, 3.4, 3.8, 4.4, 3.8, 3.3, 3.2, 3.6, 4.8,
					6.8, 8.2, 8.6, 7.8, 5.9, 3.8 },
			0.03, 0.09),

	/**
	 * Households charging an electric car at night: the valley carries much of their
	 * load.
	 */
	RESIDENTIAL_EV(Category.RESIDENTIAL, 30, 19.0, 0.05, 0.9, 1.0,
			new double[] { 14.4, 14.0, 13.8, 13.7, 13.7, 8.0, 3.2, 4.6, 4.2, 3.6, 3.4, 3.8, 4.4, 3.8, 3.3, 3.2, 3.6,
					4.8, 6.8, 8.2, 8.6, 7.8, 5.9, 15.8 },
			0.04, 0.14),

	/** Shops and offices: daytime plateau on working days, 15-minute meters. */
	COMMERCIAL_DAYTIME(Category.GENERAL_CI, 15, 260.0, 0.04, 0.55, 1.0,
			new double[] { 1.2, 1.1, 1.1, 1.1, 1.1, 1.2, 1.8, 3.2, 6.0, 7.4, 7.8, 7.9, 7.2, 7.1, 7.6, 7.7, 7.5, 6.8,
					4.6, 3.0, 2.2, 1.8, 1.5, 1.3 },
			0.02, 0.05),

	/** Two-shift factories: 06:00-22:00 production. */
	INDUSTRIAL_TWO_SHIFT(Category.LARGE_INDUSTRIAL, 15, 3200.0, 0.01, 0.85, 1.0,
			new double[] { 1.0, 1.0, 1.0, 1.0, 1.0, 1.2, 5.6, 6.4, 6.5, 6.5, 6.4, 5.8, 5.6, 6.4, 6.5, 6.5, 6.3, 6.2,
					6.0, 5.9, 5.8, 5.6, 1.8, 1.0 },
			0.02, 0.06),

	/** Three-shift process plants: flat round the clock, little to shift. */
	INDUSTRIAL_THREE_SHIFT(Category.LARGE_INDUSTRIAL, 15, 9800.0, 0.005, 0.95, 1.0,
			new double[] { 4.1, 4.1, 4.1, 4.1, 4.1, 4.1, 4.2, 4.2, 4.2, 4.2, 4.2, 4.2, 4.1, 4.2, 4.2, 4.2, 4.2, 4.2,
					4.2, 4.2, 4.2, 4.2, 4.1, 4.1 },
			0.01, 0.02),

	/** Irrigation pumping: active April to September, daytime with a night valley run. */
	IRRIGATION_SEASONAL(Category.AGRICULTURAL, 15, 420.0, 0.03, 0.4, 0.05, new double[] { 3.0, 3.0, 3.0, 3.0, 3.0, 3.4,
			4.8, 5.2, 5.4, 5.6, 5.6, 4.2, 3.2, 3.4, 5.4, 5.6, 5.6, 5.2, 4.4, 3.2, 2.6, 2.4, 2.6, 2.8 }, 0.02, 0.05);

	/** Electricity category as the marketing system files it. */
	public enum Category {

		RESIDENTIAL, GENERAL_CI, LARGE_INDUSTRIAL, AGRICULTURAL

	}

	private final Category category;

	private final int intervalMinutes;

	private final double dailyKwh;

	private final double heatSensitivity;

	private final double weekendFactor;

	private final double offSeasonFactor;

	private final double[] hourlyShape;

	private final double controlRate;

	private final double uplift;

	Archetype(Category category, int intervalMinutes, double dailyKwh, double heatSensitivity, double weekendFactor,
			double offSeasonFactor, double[] hourlyWeights, double controlRate, double uplift) {
		this.category = category;
		this.intervalMinutes = intervalMinutes;
		this.dailyKwh = dailyKwh;
		this.heatSensitivity = heatSensitivity;
		this.weekendFactor = weekendFactor;
		this.offSeasonFactor = offSeasonFactor;
		double sum = 0;
		for (double w : hourlyWeights) {
			sum += w;
		}
		this.hourlyShape = new double[24];
		for (int h = 0; h < 24; h++) {
			this.hourlyShape[h] = hourlyWeights[h] / sum;
		}
		this.controlRate = controlRate;
		this.uplift = uplift;
	}

	public Category category() {
		return this.category;
	}

	public int intervalMinutes() {
		return this.intervalMinutes;
	}

	/** Typical kWh on a working day at mild temperature. */
	public double dailyKwh() {
		return this.dailyKwh;
	}

	/** Extra share of load per degree above 26 °C. */
	public double heatSensitivity() {
		return this.heatSensitivity;
	}

	/** Load on rest days and holidays relative to working days. */
	public double weekendFactor() {
		return this.weekendFactor;
	}

	/**
	 * Load outside the active season relative to inside it (1 for non-seasonal loads).
	 */
	public double offSeasonFactor() {
		return this.offSeasonFactor;
	}

	/**
	 * The day's shape at one slot of this archetype's interval: the hourly shares
	 * interpolated at the slot's middle, so a 15-minute meter's day is as smooth as the
	 * hours it follows.
	 */
	public double slotShare(int slot) {
		double perHour = intervalMinutes() / 60.0;
		double hourPosition = (slot + 0.5) * perHour - 0.5;
		int h0 = (int) Math.floor(hourPosition);
		double w = hourPosition - h0;
		return (1 - w) * hourShare(Math.floorMod(h0, 24)) + w * hourShare(Math.floorMod(h0 + 1, 24));
	}

	/** Share of a day's kWh in each local hour; sums to 1. */
	public double hourShare(int hour) {
		return this.hourlyShape[hour];
	}

	/**
	 * Planted: typical chance of taking the time-of-use offer without being contacted.
	 */
	public double controlRate() {
		return this.controlRate;
	}

	/** Planted: typical extra chance of taking the offer when contacted. */
	public double uplift() {
		return this.uplift;
	}

}
