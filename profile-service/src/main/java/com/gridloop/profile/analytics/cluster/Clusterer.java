package com.gridloop.profile.analytics.cluster;

/**
 * Learns a partition of rows (customers as feature vectors) that new rows can then be
 * assigned to.
 */
public interface Clusterer {

	/** Fits on the rows (or a sample of them); the rows are neither kept nor modified. */
	ClusterModel fit(double[][] rows);

}
