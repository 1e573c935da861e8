package com.gridloop.ingestion.identity;

import java.util.Arrays;

/**
 * Disjoint sets of record positions (union by size, path halving), growing as records are
 * added.
 */
final class UnionFind {

	private int[] parent;

	private int[] size;

	private int count;

	UnionFind(int capacity) {
		this.parent = new int[Math.max(16, capacity)];
		this.size = new int[this.parent.length];
	}

	/** Adds a set of one and returns its position. */
	int add() {
		if (this.count == this.parent.length) {
			int capacity = this.parent.length * 2;
			this.parent = Arrays.copyOf(this.parent, capacity);
			this.size = Arrays.copyOf(this.size, capacity);
		}
		this.parent[this.count] = this.count;
		this.size[this.count] = 1;
		return this.count++;
	}

	int count() {
		return this.count;
	}

	int find(int x) {
		while (this.parent[x] != x) {
			this.parent[x] = this.parent[this.parent[x]];
			x = this.parent[x];
		}
		return x;
	}

	/** Joins the sets of a and b and returns the root of the joined set. */
	int union(int a, int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return ra;
		}
		if (this.size[ra] < this.size[rb]) {
			int t = ra;
			ra = rb;
			rb = t;
		}
		this.parent[rb] = ra;
		this.size[ra] += this.size[rb];
		return ra;
	}

	int sizeOf(int x) {
		return this.size[find(x)];
	}

}
