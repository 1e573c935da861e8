package com.gridloop.ingestion.standard;

import java.util.Locale;
import java.util.SplittableRandom;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

	@Test
	void normalisesCountryCodeSeparatorsAndFullWidthDigits() {
		assertThat(Phones.normalise("+86 138-0000-1111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("(+86) 138 0000 1111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("0086 13800001111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("8613800001111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("１３８００００１１１１")).isEqualTo("13800001111");
		assertThat(Phones.normalise("138 0000 1111")).isEqualTo("13800001111");
	}

	@Test
	void acceptsATrunkPrefixBeforeAMobileNumber() {
		// The identity matcher read this, the archive did not: both do now.
		assertThat(Phones.normalise("013800001111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("0138-0000-1111")).isEqualTo("13800001111");
	}

	@Test
	void refusesWhatIsNotAMobileNumber() {
		assertThat(Phones.normalise("027-8888-1234")).isNull();
		assertThat(Phones.normalise("1380000")).isNull();
		assertThat(Phones.normalise("unknown")).isNull();
		assertThat(Phones.normalise("")).isNull();
		assertThat(Phones.normalise(null)).isNull();
	}

	@Test
	void refusesPrefixesNoOperatorHandsOut() {
		// The archive took any eleven digits starting with 1; the identity matcher
		// refused only 10x to 12x.
		assertThat(Phones.normalise("12000001111")).isNull();
		assertThat(Phones.normalise("+86 120 0000 1111")).isNull();
		assertThat(Phones.normalise("14000001111")).isNull();
		assertThat(Phones.normalise("15400001111")).isNull();
		assertThat(Phones.normalise("19400001111")).isNull();
		assertThat(Phones.normalise("13800001111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("19900001111")).isEqualTo("19900001111");
	}

	@Test
	void refusesForeignNumbers() {
		assertThat(Phones.normalise("+852 9123 4567")).isNull();
		assertThat(Phones.normalise("+1 650 253 0000")).isNull();
	}

	@Test
	void theShortcutForPlainNumbersAgreesWithTheParser() {
		SplittableRandom rng = new SplittableRandom(7);
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		for (int b = 0; b < 3_000; b++) {
			// Random blocks, and the satellite block 1740x whose kind changes at the
			// fifth digit.
			String block = b < 100 ? "1740" + String.format(Locale.ROOT, "%03d", b * 10)
					: "1" + String.format(Locale.ROOT, "%06d", rng.nextInt(1_000_000));
			for (int k = 0; k < 8; k++) {
				String plain = block + String.format(Locale.ROOT, "%04d", rng.nextInt(10_000));
				assertThat(Phones.plainMobile(plain)).isTrue();
				PhoneNumber parsed = Phones.parse(plain);
				PhoneNumberUtil.PhoneNumberType type = parsed == null ? null : util.getNumberType(parsed);
				boolean mobile = parsed != null && parsed.getCountryCode() == 86
						&& (type == PhoneNumberUtil.PhoneNumberType.MOBILE
								|| type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE);
				assertThat(Phones.normalise(plain)).as(plain)
					.isEqualTo(mobile ? util.getNationalSignificantNumber(parsed) : null);
			}
		}
	}

	/**
	 * The shortcut learns a six-digit prefix's kind from the first number under it: every
	 * number under a prefix must be of one kind. Checked for every prefix at its lowest,
	 * highest and a random number.
	 */
	@Test
	void everySixDigitPrefixHoldsNumbersOfOneKind() {
		SplittableRandom rng = new SplittableRandom(11);
		PhoneNumberUtil util = PhoneNumberUtil.getInstance();
		for (int prefix = 0; prefix < 100_000; prefix++) {
			String head = "1" + String.format(Locale.ROOT, "%05d", prefix);
			Boolean kind = null;
			for (String tail : new String[] { "00000", "99999",
					String.format(Locale.ROOT, "%05d", rng.nextInt(100_000)) }) {
				PhoneNumber parsed = Phones.parse(head + tail);
				PhoneNumberUtil.PhoneNumberType type = parsed == null ? null : util.getNumberType(parsed);
				boolean mobile = type == PhoneNumberUtil.PhoneNumberType.MOBILE
						|| type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
				if (kind == null) {
					kind = mobile;
				}
				assertThat(mobile).as(head + tail).isEqualTo(kind);
			}
		}
	}

}
