package com.gridloop.ingestion.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

	@Test
	void normalisesCountryCodeSeparatorsAndFullWidthDigits() {
		assertThat(Phones.normalise("+86 138-0000-1111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("0086 13800001111")).isEqualTo("13800001111");
		assertThat(Phones.normalise("１３８００００１１１１")).isEqualTo("13800001111");
		assertThat(Phones.normalise("138 0000 1111")).isEqualTo("13800001111");
	}

	@Test
	void refusesWhatIsNotAMobileNumber() {
		assertThat(Phones.normalise("027-8888-1234")).isNull();
		assertThat(Phones.normalise("1380000")).isNull();
		assertThat(Phones.normalise(null)).isNull();
	}

}
