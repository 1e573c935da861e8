package com.gridloop.strategy.tariff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The versions of one tariff code, oldest first: a month is billed on the version valid
 * on its first day.
 */
public record TariffVersions(String code, List<TariffPlan> versions) {

	public TariffVersions {
		versions = List.copyOf(versions);
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("tariff " + code + " has no version");
		}
	}

	/**
	 * The version valid on the first day of the month.
	 * @throws IllegalArgumentException when the month is before the first version
	 */
	public TariffPlan at(YearMonth month) {
		return on(month.atDay(1));
	}

	/** The version valid on a day. */
	public TariffPlan on(LocalDate day) {
		TariffPlan valid = null;
		for (TariffPlan p : this.versions) {
			if (!p.validFrom().isAfter(day)) {
				valid = p;
			}
		}
		if (valid == null) {
			throw new IllegalArgumentException("tariff " + this.code + " has no prices valid on " + day
					+ " (the first version is valid from " + this.versions.get(0).validFrom() + ")");
		}
		return valid;
	}

	/** The newest version. */
	public TariffPlan latest() {
		return this.versions.get(this.versions.size() - 1);
	}

	/** The local clock the tariff's months and bands are read on. */
	public ZoneId zone() {
		return latest().zone();
	}

}
