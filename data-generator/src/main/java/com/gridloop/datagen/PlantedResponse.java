package com.gridloop.datagen;

/**
 * The truth the generator plants about one customer and the time-of-use offer: the chance
 * of converting without contact (control) and with contact (treatment). The platform
 * never sees it; the demo compares against it.
 */
public record PlantedResponse(double controlRate, double treatedRate) {

	public double uplift() {
		return this.treatedRate - this.controlRate;
	}

}
