package com.gridloop.profile.analytics.cluster;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A {@link ClusterModel} that is nothing but its centroids, so assignment is plain Java
 * whatever library fitted it. Clusters are numbered by size on the training sample,
 * largest first, so the numbering is stable for the same data.
 */
public final class CentroidModel implements ClusterModel {

	private final double[][] centroids;

	private final KSelection selection;

	private final String version;

	/**
	 * @param centroids one per cluster, all of the same width
	 * @param selection how k was chosen
	 * @param algorithm what fitted it, for the version string (e.g.
	 * "smile-kmeans-seed42")
	 */
	public CentroidModel(double[][] centroids, KSelection selection, String algorithm) {
		this(centroids, selection, algorithm, true);
	}

	private CentroidModel(double[][] centroids, KSelection selection, String algorithmOrVersion, boolean fresh) {
		if (centroids.length == 0) {
			throw new IllegalArgumentException("Need at least one centroid");
		}
		this.centroids = new double[centroids.length][];
		for (int c = 0; c < centroids.length; c++) {
			if (centroids[c].length != centroids[0].length) {
				throw new IllegalArgumentException("Centroids differ in width");
			}
			this.centroids[c] = centroids[c].clone();
		}
		this.selection = selection;
		this.version = fresh ? algorithmOrVersion + "-k" + centroids.length + "-" + hash(this.centroids)
				: algorithmOrVersion;
	}

	/**
	 * A stored model back from its centroids and version (the k selection is not kept, so
	 * it is null).
	 */
	public static CentroidModel restore(double[][] centroids, String version) {
		return new CentroidModel(centroids, null, version, false);
	}

	@Override
	public int k() {
		return this.centroids.length;
	}

	@Override
	public int width() {
		return this.centroids[0].length;
	}

	@Override
	public double[] centroid(int c) {
		return this.centroids[c].clone();
	}

	@Override
	public double[] squaredDistances(double[] row) {
		if (row.length != width()) {
			throw new IllegalArgumentException("Row has " + row.length + " values, model expects " + width());
		}
		double[] d = new double[this.centroids.length];
		for (int c = 0; c < d.length; c++) {
			d[c] = ClusterQuality.squaredDistance(row, this.centroids[c]);
		}
		return d;
	}

	@Override
	public int assign(double[] row) {
		if (row.length != width()) {
			throw new IllegalArgumentException("Row has " + row.length + " values, model expects " + width());
		}
		// The hot loop of a full assignment: no allocation per row.
		return ClusterQuality.nearest(row, this.centroids);
	}

	/**
	 * How k was chosen and how good each candidate was; null for a {@link #restore
	 * restored} model.
	 */
	public KSelection selection() {
		return this.selection;
	}

	@Override
	public String version() {
		return this.version;
	}

	@Override
	public String toString() {
		return "CentroidModel " + this.version;
	}

	private static String hash(double[][] centroids) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			ByteBuffer buf = ByteBuffer.allocate(8);
			for (double[] c : centroids) {
				for (double v : c) {
					buf.clear();
					sha.update(buf.putDouble(v).array());
				}
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
