package com.gridloop.ingestion.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.gridloop.ingestion.batch.Source;
import com.gridloop.ingestion.records.RecordIngestor;
import com.gridloop.ingestion.records.RecordSupport;

import org.springframework.context.event.EventListener;

/**
 * A {@link RecordIngestor} of a source whose records carry no customer id (95598 tickets,
 * app events, connection applications): each batch reads its keys from the
 * {@link RecordLinker} at its start, and the links a person makes or removes later in the
 * review queue reach the subclass for this source's records only.
 *
 * @param <T> one accepted row
 */
public abstract class LinkedRecordIngestor<T> extends RecordIngestor<T> {

	private final RecordLinker linker;

	private final String identitySource;

	private final boolean knownLinks;

	/** The keys of the batch being read. */
	protected RecordLinker.Batch links;

	/**
	 * @param identitySource the identity source name of the records ({@code 95598},
	 * {@code APP})
	 * @param knownLinks see {@link RecordLinker#begin(String, boolean)}
	 */
	protected LinkedRecordIngestor(RecordSupport support, Source source, Map<String, List<String>> columns,
			List<String> required, RecordLinker linker, String identitySource, boolean knownLinks) {
		super(support, source, columns, required);
		this.linker = linker;
		this.identitySource = identitySource;
		this.knownLinks = knownLinks;
	}

	@Override
	protected void begin(UUID batchId) {
		this.links = this.linker.begin(this.identitySource, this.knownLinks);
	}

	@EventListener
	public void onRecordLinked(RecordLinked linked) {
		if (this.identitySource.equals(linked.source())) {
			linked(linked);
		}
	}

	@EventListener
	public void onRecordUnlinked(RecordUnlinked unlinked) {
		if (this.identitySource.equals(unlinked.source())) {
			unlinked(unlinked);
		}
	}

	/**
	 * A record of this source a person matched in the review queue; nothing by default.
	 */
	protected void linked(RecordLinked linked) {
	}

	/** A record of this source whose link a person removed; nothing by default. */
	protected void unlinked(RecordUnlinked unlinked) {
	}

}
