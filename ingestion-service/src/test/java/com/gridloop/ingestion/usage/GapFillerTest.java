package com.gridloop.ingestion.usage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GapFillerTest {

	private static final float N = Float.NaN;

	@Test
	void shortGapsAreInterpolatedBetweenNeighbours() {
		GapFiller.Filled f = GapFiller.fill(new float[] { 1, N, N, 4, 5 }, 2);
		assertThat(f.values()).containsExactly(new double[] { 1, 2, 3, 4, 5 }, within(1e-9));
		assertThat(f.estimated()).isEqualTo(2);
		assertThat(f.missing()).isZero();
	}

	@Test
	void longGapsStayMissing() {
		GapFiller.Filled f = GapFiller.fill(new float[] { 1, N, N, N, 5 }, 2);
		assertThat(f.values()[1]).isNaN();
		assertThat(f.values()[3]).isNaN();
		assertThat(f.estimated()).isZero();
		assertThat(f.missing()).isEqualTo(3);
	}

	@Test
	void gapsAtTheEdgesTakeTheirOnlyNeighbour() {
		GapFiller.Filled f = GapFiller.fill(new float[] { N, 2, 3, N }, 2);
		assertThat(f.values()).containsExactly(new double[] { 2, 2, 3, 3 }, within(1e-9));
		assertThat(f.estimated()).isEqualTo(2);
	}

	@Test
	void aDayWithNoValueIsAllMissing() {
		GapFiller.Filled f = GapFiller.fill(new float[] { N, N }, 4);
		assertThat(f.missing()).isEqualTo(2);
		assertThat(f.estimated()).isZero();
	}

}
