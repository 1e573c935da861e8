package com.gridloop.datagen.identity;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Who each entity is, drawn from the seed and its index alone, so the same in any number
 * of records.
 */
final class Entities {

	private final long seed;

	Entities(long seed) {
		this.seed = seed;
	}

	Identity identity(int e) {
		if (household(e)) {
			return householdMember(e);
		}
		SplittableRandom rng = new SplittableRandom(mix(this.seed, e));
		int district = Addresses.district(rng);
		String road = Addresses.road(district, rng);
		int number = Addresses.number(rng);
		if (rng.nextDouble() < 0.05) {
			String name = Names.firm(rng);
			String unit = rng.nextBoolean() ? "" : (1 + rng.nextInt(20)) + "楼";
			return new Identity(name, null, true, PhoneVariations.draw(rng), district, road, number, unit,
					accountNo(e, 0));
		}
		String surname = Names.surname(rng);
		String given = Names.given(rng);
		String phone = PhoneVariations.draw(rng);
		return new Identity(surname + given, surname, false, phone, district, road, number, Addresses.unit(rng),
				accountNo(e, 0));
	}

	/**
	 * A different person living at the address of entity e - 1, often of the same family
	 * name.
	 */
	private Identity householdMember(int e) {
		Identity head = identity(e - 1);
		SplittableRandom rng = new SplittableRandom(mix(this.seed, e));
		String surname = head.organisation() || rng.nextDouble() < 0.3 ? Names.surname(rng) : head.surname();
		String given = Names.given(rng);
		while ((surname + given).equals(head.name())) {
			given = Names.given(rng);
		}
		return new Identity(surname + given, surname, false, PhoneVariations.draw(rng), head.district(), head.road(),
				head.number(), head.unit(), accountNo(e, 0));
	}

	// Entity e lives with entity e - 1 when drawn so, unless e - 1 itself was drawn:
	// households stay pairs.
	boolean household(int e) {
		return e > 0 && householdDraw(e) && !householdDraw(e - 1);
	}

	private boolean householdDraw(int e) {
		return (mix(this.seed ^ 0x9E3779B97F4A7C15L, e) >>> 11) * 0x1.0p-53 < 0.03;
	}

	/**
	 * Account k of entity e: the first is the entity's own, later ones belong to further
	 * properties.
	 */
	static String accountNo(int e, int k) {
		return String.format(Locale.ROOT, "%010d", 4_200_000_000L + e * 4L + k);
	}

	static long mix(long seed, long i) {
		long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
