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

	@Test
	void aGapBesideALoneSpikeTakesItsOrdinaryNeighbour() {
		float[] vacant = { 0, 0.6f, N, 0, 0 };
		assertThat(GapFiller.fill(vacant, 4).values()[2]).as("interpolated from the spike")
			.isCloseTo(0.3, within(1e-6));
		GapFiller.Filled f = GapFiller.fill(vacant, 4, new int[] { 1 });
		assertThat(f.values()).containsExactly(new double[] { 0, 0.6, 0, 0, 0 }, within(1e-6));
		assertThat(f.estimated()).isEqualTo(1);
	}

	@Test
	void aGapWhoseOnlyNeighbourIsASpikeStaysMissing() {
		GapFiller.Filled edge = GapFiller.fill(new float[] { N, 0.58f, 0, 0 }, 4, new int[] { 1 });
		assertThat(edge.values()[0]).isNaN();
		assertThat(edge.values()[1]).isCloseTo(0.58, within(1e-6));
		assertThat(edge.missing()).isEqualTo(1);
		GapFiller.Filled between = GapFiller.fill(new float[] { 0, 0.5f, N, 0.7f, 0 }, 4, new int[] { 1, 3 });
		assertThat(between.values()[2]).isNaN();
	}

}
