package com.gridloop.console.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalTest {

	@Test
	void barsShareOneScaleThatIncludesZero() {
		List<Interval> bars = Interval
			.onOneScale(List.of(new Interval.Row("a", 0.02, 0.01, 0.03), new Interval.Row("b", 0.0, -0.01, 0.01)));
		// scale from -0.01 to 0.03: zero sits at a quarter
		assertThat(bars.get(0).zero()).isEqualTo(25.0);
		assertThat(bars.get(0).left()).isEqualTo(50.0);
		assertThat(bars.get(0).width()).isEqualTo(50.0);
		assertThat(bars.get(0).point()).isEqualTo(75.0);
		assertThat(bars.get(1).left()).isEqualTo(0.0);
		assertThat(bars.get(1).width()).isEqualTo(50.0);
	}

	@Test
	void anIntervalAboveZeroStillShowsZero() {
		Interval bar = Interval.onOneScale(List.of(new Interval.Row("a", 0.05, 0.04, 0.06))).get(0);
		assertThat(bar.zero()).isEqualTo(0.0);
		assertThat(bar.left()).isCloseTo(66.7, org.assertj.core.api.Assertions.within(0.05));
	}

}
