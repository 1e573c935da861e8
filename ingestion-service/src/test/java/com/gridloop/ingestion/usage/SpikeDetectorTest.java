package com.gridloop.ingestion.usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpikeDetectorTest {

	@Test
	void aValueFarAboveTheSameSlotOnOtherDaysIsASpike() {
		Random random = new Random(3);
		List<float[]> days = new ArrayList<>();
		for (int d = 0; d < 14; d++) {
			float[] day = new float[48];
			for (int s = 0; s < 48; s++) {
				// An evening peak every day: high but normal for this meter.
				day[s] = (float) ((s >= 36 && s < 44 ? 1.2 : 0.3) * (1 + 0.1 * random.nextGaussian()));
			}
			days.add(day);
		}
		days.get(5)[10] = 6.0f;
		List<int[]> spikes = SpikeDetector.detect(days);
		assertThat(spikes.get(5)).containsExactly(10);
		for (int d = 0; d < days.size(); d++) {
			if (d != 5) {
				assertThat(spikes.get(d)).as("day " + d + ": the evening peak is the meter's normal").isEmpty();
			}
		}
		assertThat(days.get(5)[10]).as("flagged, not removed").isEqualTo(6.0f);
	}

	@Test
	void withFewDaysTheDayItselfIsTheReference() {
		float[] day = new float[96];
		Arrays.fill(day, 0.5f);
		day[40] = 20f;
		day[41] = Float.NaN;
		assertThat(SpikeDetector.detect(List.of(day)).get(0)).containsExactly(40);
	}

	@Test
	void anOrdinaryNoisyDayHasNoSpike() {
		Random random = new Random(9);
		float[] day = new float[96];
		for (int s = 0; s < 96; s++) {
			day[s] = (float) Math.max(0, 0.5 + 0.2 * random.nextGaussian());
		}
		assertThat(SpikeDetector.detect(List.of(day)).get(0)).isEmpty();
	}

	@Test
	void aVacantHomesLoneReadingsAreSpikesAndKeptWhereTheyAre() {
		List<float[]> days = new ArrayList<>();
		for (int d = 0; d < 30; d++) {
			days.add(new float[48]);
		}
		days.get(3)[38] = 0.62f;
		days.get(17)[1] = 0.58f;
		days.get(17)[0] = Float.NaN;
		days.get(29)[47] = 0.4f;
		List<int[]> spikes = SpikeDetector.detect(days);
		assertThat(spikes.get(3)).containsExactly(38);
		assertThat(spikes.get(17)).containsExactly(1);
		assertThat(spikes.get(29)).containsExactly(47);
		assertThat(spikes.get(0)).isEmpty();
		assertThat(days.get(3)[38]).isEqualTo(0.62f);
		assertThat(days.get(17)[1]).isEqualTo(0.58f);
		assertThat(days.get(17)[0]).isNaN();
	}

}
