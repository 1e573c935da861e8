package com.gridloop.profile.analytics.cluster;

import java.util.List;

/**
 * How k was chosen: the quality of every k tried, and the chosen one. Shown next to the
 * segments, so an analyst can see whether the choice was clear or close.
 *
 * @param candidates one entry per k tried (a single entry when k was configured)
 * @param chosenK the k of the model
 * @param criterion what chose it, in words
 */
public record KSelection(List<Candidate> candidates, int chosenK, String criterion) {

	public KSelection {
		candidates = List.copyOf(candidates);
	}

	/**
	 * Quality of one k.
	 *
	 * @param k clusters
	 * @param silhouette mean silhouette width on the silhouette sample, in [-1, 1],
	 * higher is better
	 * @param calinskiHarabasz between- over within-cluster dispersion ratio on the
	 * training sample, higher is better
	 * @param distortion sum of squared distances to the centroids on the training sample
	 */
	public record Candidate(int k, double silhouette, double calinskiHarabasz, double distortion) {
	}

	public Candidate chosen() {
		return this.candidates.stream().filter(c -> c.k() == this.chosenK).findFirst().orElseThrow();
	}

}
