package com.gridloop.ingestion.identity;

/**
 * Match probabilities at which a pair becomes a {@link Decision#LINK} or a
 * {@link Decision#REVIEW}.
 *
 * @param link probability at or above which two records are linked
 * @param review probability at or above which a pair goes to review (below the link
 * threshold)
 */
public record Thresholds(double link, double review) {

	public Thresholds {
		if (!(review > 0 && review <= link && link <= 1)) {
			throw new IllegalArgumentException("Need 0 < review <= link <= 1, got " + review + " and " + link);
		}
	}

	public static Thresholds defaults() {
		return new Thresholds(0.95, 0.5);
	}

	public Decision decide(double probability) {
		if (probability >= this.link) {
			return Decision.LINK;
		}
		return probability >= this.review ? Decision.REVIEW : Decision.NO_LINK;
	}

}
