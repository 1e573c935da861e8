package com.gridloop.datagen.identity;

import java.util.SplittableRandom;

/**
 * The ways people and clerks write a known name or phone differently, for other generated
 * sources that identity resolution has to link.
 */
public final class Variations {

	private Variations() {
	}

	/** The name with one confusable character replaced, mostly in the given name. */
	public static String nameTypo(String name, boolean organisation, SplittableRandom rng) {
		return NameVariations.typo(new Identity(name, name.substring(0, 1), organisation, null, 0, "", 0, "", null),
				rng);
	}

	/** The mobile number as callers and forms write it: +86, dashes, spaces, ... */
	public static String phoneFormat(String phone, SplittableRandom rng) {
		return PhoneVariations.formatted(phone, rng);
	}

}
