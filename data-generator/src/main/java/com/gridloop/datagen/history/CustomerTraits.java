package com.gridloop.datagen.history;

import java.util.Locale;
import java.util.SplittableRandom;

import com.gridloop.datagen.Archetype;
import com.gridloop.datagen.SyntheticCustomer;

/**
 * What is planted about one customer before the first month: propensities, payment
 * habits, a fall in consumption, the phones and the app account.
 *
 * @param declineFrom index of the first month of the fall, -1 when none
 */
record CustomerTraits(double paymentRisk, double sensitivity, double online, boolean appUser, int activeFrom,
		boolean directDebit, PayChannel preferred, int declineFrom, double decline, String otherPhone, String appPhone,
		String appUserId) {

	/** Households mostly open the app on the way to work, at lunch or in the evening. */
	private static final int[] HOUSEHOLD_HOURS = { 7, 12, 19, 19, 20, 20, 21 };

	/**
	 * Draws the traits in a fixed order from the customer's trait stream; the app id is
	 * scrambled with the salt.
	 */
	static CustomerTraits draw(SyntheticCustomer customer, SplittableRandom rng, long appIdSalt) {
		double u = rng.nextDouble();
		double paymentRisk = u * u;
		double sensitivity = rng.nextDouble();
		double onlineBase = switch (customer.archetype()) {
			case RESIDENTIAL -> -0.3;
			case RESIDENTIAL_EV -> 0.8;
			case IRRIGATION_SEASONAL -> -1.0;
			default -> 0.0;
		};
		double online = Draws.sigmoid(onlineBase + 1.2 * rng.nextGaussian());
		boolean appUser = rng.nextDouble() < online;
		boolean household = customer.category() == Archetype.Category.RESIDENTIAL;
		int hourPick = rng.nextInt(HOUSEHOLD_HOURS.length);
		int activeFrom = household ? HOUSEHOLD_HOURS[hourPick] : hourPick % 2 == 0 ? 9 : 14;
		// Direct debit is what customers who do not go online sign up for at the bank.
		boolean directDebit = rng.nextDouble() < 0.06 + 0.12 * (1 - online);
		double channel = rng.nextDouble();
		PayChannel preferred = appUser ? (channel < 0.7 ? PayChannel.APP : PayChannel.WECHAT)
				: online > 0.4 ? PayChannel.WECHAT : channel < 0.5 ? PayChannel.BANK : PayChannel.COUNTER;
		boolean declining = rng.nextDouble() < 0.10;
		int from = rng.nextInt(HistoryWindow.MONTHS);
		double rate = 0.04 + 0.08 * rng.nextDouble();
		String otherPhone = Draws.phone(rng);
		String registered = Draws.phone(rng);
		String appPhone = rng.nextDouble() < 0.07 ? registered : customer.phone();
		String appUserId = appUser ? String.format(Locale.ROOT, "U%013d", Draws.scramble(customer.index(), appIdSalt))
				: null;
		return new CustomerTraits(paymentRisk, sensitivity, online, appUser, activeFrom, directDebit, preferred,
				declining ? from : -1, declining ? rate : 0, otherPhone, appPhone, appUserId);
	}

	/**
	 * Planted level of consumption in month m against the customer's usual one (1 before
	 * any fall).
	 */
	double drift(int m) {
		return this.declineFrom < 0 || m < this.declineFrom ? 1 : Math.pow(1 - this.decline, m - this.declineFrom + 1);
	}

}
