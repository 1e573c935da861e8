package com.gridloop.ingestion.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for a batch's progress. */
public final class CountingInputStream extends FilterInputStream {

	private long count;

	public CountingInputStream(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			this.count++;
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			this.count += n;
		}
		return n;
	}

	public long count() {
		return this.count;
	}

}
