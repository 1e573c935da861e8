package com.gridloop.ingestion.identity;

import java.util.Locale;

/**
 * What one blocking rule did.
 *
 * @param recordsKeyed records that had a key under the rule
 * @param blocks blocks of two or more records
 * @param pairs pairs the rule proposed (before removing those other rules proposed too)
 * @param oversizedBlocks blocks skipped because they held more records than the cap
 * @param recordsInOversizedBlocks records in the skipped blocks
 * @param pairsSkipped pairs the skipped blocks would have proposed
 * @param largestBlock size of the largest block that was not skipped
 */
public record BlockStats(BlockingRule rule, long recordsKeyed, long blocks, long pairs, long oversizedBlocks,
		long recordsInOversizedBlocks, long pairsSkipped, int largestBlock) {

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
				"%s: %d records keyed, %d blocks, %d pairs, largest block %d; %d oversized blocks skipped (%d records, %d pairs)",
				this.rule, this.recordsKeyed, this.blocks, this.pairs, this.largestBlock, this.oversizedBlocks,
				this.recordsInOversizedBlocks, this.pairsSkipped);
	}

}
