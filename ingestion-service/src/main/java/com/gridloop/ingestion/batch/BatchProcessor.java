package com.gridloop.ingestion.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Reads one kind of file into the service's state, quarantining what it cannot accept.
 */
public interface BatchProcessor {

	Source source();

	/**
	 * @param batchId the batch, for quarantine rows and lineage
	 * @param file the spooled upload
	 * @param profile the source profile named by the upload (column names, time zones),
	 * or null
	 * @param tally counts to keep current as rows are read; saved periodically as
	 * progress
	 * @param progress call it after each committed chunk so the batch shows its progress
	 */
	void process(UUID batchId, Path file, Charset charset, String profile, BatchTally tally, Runnable progress)
			throws Exception;

}
