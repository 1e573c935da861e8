package com.gridloop.ingestion.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import com.gridloop.common.event.EventCodec;
import com.gridloop.common.web.Problems;
import com.gridloop.ingestion.IngestionProperties;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives uploads: spools the stream to disk while hashing it (so a file of any size
 * never sits in memory), recognises a file already ingested, and runs batches one at a
 * time in the background.
 */
@Service
public class BatchService {

	private static final Logger log = LoggerFactory.getLogger(BatchService.class);

	private final IngestBatchRepository batches;

	private final TransactionTemplate tx;

	private final IngestionProperties properties;

	private final Map<Source, BatchProcessor> processors = new EnumMap<>(Source.class);

	/** Batches run one at a time, in the order they arrived. */
	private final ThreadPoolTaskExecutor worker = new ThreadPoolTaskExecutor();

	/** Batches waiting or running, so a caller can wait for one without polling. */
	private final Map<UUID, Future<?>> pending = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	BatchService(IngestBatchRepository batches, TransactionTemplate tx, IngestionProperties properties,
			List<BatchProcessor> processors, ApplicationEventPublisher events) {
		this.events = events;
		this.batches = batches;
		this.tx = tx;
		this.properties = properties;
		processors.forEach(p -> this.processors.put(p.source(), p));
		this.worker.setCorePoolSize(1);
		this.worker.setMaxPoolSize(1);
		this.worker.setThreadNamePrefix("ingest-batch-");
		this.worker.setDaemon(true);
		this.worker.initialize();
	}

	/**
	 * Batches a previous process left unfinished cannot resume: their spool is gone. Say
	 * so.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void failInterrupted() {
		this.tx
			.executeWithoutResult(s -> this.batches.findByStatusIn(List.of(BatchStatus.RECEIVED, BatchStatus.RUNNING))
				.forEach(b -> b.fail(new BatchTally(), "Interrupted by a restart; upload the file again")));
	}

	/**
	 * Spools and registers an upload, then processes it in the background.
	 * @param wait when true, returns only once the batch has finished
	 */
	public BatchView receive(Source source, String fileName, Charset charset, String profile, InputStream body,
			boolean wait) {
		return receive(source, fileName, charset, profile, body, wait, null);
	}

	BatchView receive(Source source, String fileName, Charset charset, String profile, InputStream body, boolean wait,
			UUID replayOf) {
		if (source == Source.READINGS) {
			this.properties.profile(profile);
		}
		Spooled spooled = spool(body);
		Path spool = spooled.path();
		String checksum = spooled.checksum();
		long bytes = size(spool);
		IngestBatch batch = this.tx.execute(s -> {
			// A replay is never a repeat: the same rows replayed again after another fix
			// must be read again.
			var earlier = replayOf != null ? java.util.Optional.<IngestBatch>empty()
					: this.batches.findFirstBySourceAndChecksumAndStatus(source, checksum, BatchStatus.COMPLETED);
			IngestBatch b = earlier.map(e -> IngestBatch.duplicateOf(e, fileName, bytes))
				.orElseGet(() -> IngestBatch.received(source, fileName, checksum, charset.name(), profile, bytes));
			if (replayOf != null) {
				b.replays(replayOf);
			}
			return this.batches.save(b);
		});
		if (batch.status() == BatchStatus.DUPLICATE) {
			delete(spool);
			log.info("Batch {} repeats batch {}: nothing to do", batch.id(), batch.view().duplicateOf());
			return batch.view();
		}
		Path owned = spool.resolveSibling(batch.id() + ".csv");
		move(spool, owned);
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.pending.put(batch.id(), done);
		try {
			this.worker.execute(() -> {
				try {
					run(batch.id(), owned);
				}
				finally {
					this.pending.remove(batch.id());
					done.complete(null);
				}
			});
		}
		catch (TaskRejectedException ex) {
			// Shutting down: the batch stays RECEIVED and is failed as interrupted at the
			// next start.
			this.pending.remove(batch.id());
			done.complete(null);
		}
		return wait ? await(batch.id()) : view(batch.id());
	}

	/** The batch once it has finished (a failed batch says why in its view). */
	BatchView await(UUID id) {
		Future<?> done = this.pending.get(id);
		if (done != null) {
			try {
				done.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (java.util.concurrent.CancellationException ex) {
				log.warn("Batch {} was still queued when the service stopped", id);
			}
			catch (ExecutionException ex) {
				log.error("Batch {} failed", id, ex.getCause());
			}
		}
		return view(id);
	}

	public BatchView view(UUID id) {
		return this.batches.findById(id).map(IngestBatch::view).orElseThrow(() -> Problems.notFound("Batch", id));
	}

	public Page<BatchView> list(int page, int size) {
		return this.batches.findAllByOrderByCreatedAtDesc(PageRequest.of(page, size)).map(IngestBatch::view);
	}

	private void run(UUID id, Path file) {
		MDC.put(EventCodec.CORRELATION_ID, id.toString());
		BatchTally tally = new BatchTally();
		try {
			IngestBatch batch = update(id, b -> b.start());
			Source source = batch.source();
			long started = System.nanoTime();
			this.processors.get(source)
				.process(id, file, batch.charset(), batch.profile(), tally, () -> update(id, b -> b.record(tally)));
			update(id, b -> b.complete(tally));
			this.events.publishEvent(new BatchFinished(id, source, tally));
			log.info("Batch {} ({}) done in {} ms: {} rows, {} accepted, {} quarantined, {} duplicates", id, source,
					(System.nanoTime() - started) / 1_000_000, tally.received, tally.accepted, tally.quarantined,
					tally.duplicates);
		}
		catch (Exception | Error ex) {
			// An Error too (out of memory in a huge file): the batch must not stay
			// RUNNING until the next restart.
			log.error("Batch {} failed", id, ex);
			try {
				update(id, b -> b.fail(tally, ex.getClass().getSimpleName() + ": " + ex.getMessage()));
			}
			catch (RuntimeException recordFailure) {
				log.error("Could not record the failure of batch {}", id, recordFailure);
			}
		}
		finally {
			delete(file);
			MDC.remove(EventCodec.CORRELATION_ID);
		}
	}

	private IngestBatch update(UUID id, java.util.function.Consumer<IngestBatch> change) {
		return this.tx.execute(s -> {
			IngestBatch b = this.batches.findById(id).orElseThrow();
			change.accept(b);
			return b;
		});
	}

	private record Spooled(Path path, String checksum) {
	}

	private Spooled spool(InputStream body) {
		try {
			Files.createDirectories(this.properties.spoolDir());
			Path tmp = Files.createTempFile(this.properties.spoolDir(), "upload-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(body, sha); OutputStream out = Files.newOutputStream(tmp)) {
				in.transferTo(out);
			}
			catch (IOException | RuntimeException ex) {
				// Cut off (over gridloop.web.max-upload-size) or broken: keep nothing.
				delete(tmp);
				throw ex;
			}
			return new Spooled(tmp, HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException ex) {
			throw Problems.badRequest("upload-failed", "The upload could not be read: " + ex.getMessage());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long size(Path p) {
		try {
			return Files.size(p);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static void move(Path from, Path to) {
		try {
			Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot move spooled upload", ex);
		}
	}

	private static void delete(Path p) {
		try {
			Files.deleteIfExists(p);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", p);
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdown();
		// Batches dropped from the queue are failed as interrupted at the next start;
		// nobody waits for them now.
		this.pending.values().forEach(f -> f.cancel(false));
		this.pending.clear();
	}

}
