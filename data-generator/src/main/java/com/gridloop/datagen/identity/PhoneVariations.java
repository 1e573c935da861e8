package com.gridloop.datagen.identity;

import java.util.SplittableRandom;

import com.gridloop.datagen.MobileNumbers;

/**
 * Mobile numbers, and the ways callers and app users write them: +86, 0086, separators,
 * full-width digits.
 */
final class PhoneVariations {

	private PhoneVariations() {
	}

	static String draw(SplittableRandom rng) {
		return MobileNumbers.draw(rng);
	}

	static String formatted(String phone, SplittableRandom rng) {
		return switch (rng.nextInt(7)) {
			case 0 -> "+86 " + phone;
			case 1 -> "+86-" + phone;
			case 2 -> "0086" + phone;
			case 3 -> phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
			case 4 -> phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);
			case 5 -> CharacterForms.fullWidthDigits(phone);
			default -> "86" + phone;
		};
	}

}
