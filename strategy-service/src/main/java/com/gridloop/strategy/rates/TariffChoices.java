package com.gridloop.strategy.rates;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.gridloop.strategy.tariff.TariffBook;
import com.gridloop.strategy.tariff.TariffPlan;
import com.gridloop.strategy.tariff.TariffVersions;

/**
 * The tariffs a customer may choose, read from the tariff tables by the current tariff's
 * category and voltage:
 * <ul>
 * <li>residential: every residential tariff (tiers, the time-of-use option), the EV
 * home-charger tariff only for a charger already on it, since it needs its own
 * meter;</li>
 * <li>industrial and commercial (general and large industry alike): the single-part and
 * two-part tariffs of the customer's voltage;</li>
 * <li>any other category (agriculture, the London trial): the tariffs of that
 * category.</li>
 * </ul>
 * The current tariff is always among them.
 */
final class TariffChoices {

	static final String EV = "HB-EV-TOU";

	private static final Set<String> INDUSTRIAL_AND_COMMERCIAL = Set.of("GENERAL_CI", "LARGE_INDUSTRIAL");

	private TariffChoices() {
	}

	static List<TariffVersions> of(TariffBook book, TariffVersions current) {
		TariffPlan now = current.latest();
		return book.all().stream().filter(t -> t.code().equals(current.code()) || choosable(now, t.latest())).toList();
	}

	private static boolean choosable(TariffPlan current, TariffPlan other) {
		if (INDUSTRIAL_AND_COMMERCIAL.contains(current.category())) {
			return INDUSTRIAL_AND_COMMERCIAL.contains(other.category())
					&& Objects.equals(current.voltage(), other.voltage());
		}
		if (other.code().equals(EV)) {
			return false;
		}
		return current.category().equals(other.category());
	}

}
