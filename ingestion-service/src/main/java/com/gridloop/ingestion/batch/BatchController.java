package com.gridloop.ingestion.batch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.UUID;

import com.gridloop.common.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of source files, as a raw body (CSV as {@code text/csv}, JSON lines as
 * {@code application/x-ndjson}, {@code application/jsonl} or
 * {@code application/json-lines}; the content decides which) or a multipart form, and
 * what became of them. Processing runs in the background unless {@code wait=true}; poll
 * the batch for progress and counts. A readings upload may name a source {@code profile}
 * (column names and time zones of its metering system).
 */
@RestController
record BatchController(BatchService service, BatchQueries queries, QuarantineReplay replays) {

	/** How much ingestion holds, for a quick look and the demo's summary. */
	@GetMapping("/api/v1/ingestion/stats")
	BatchQueries.IngestionStats stats() {
		return this.queries.stats();
	}

	@PostMapping(path = "/api/v1/batches/{source}", consumes = { "text/csv", "text/plain", "application/octet-stream",
			"application/x-ndjson", "application/jsonl", "application/json-lines", "application/ndjson" })
	ResponseEntity<BatchView> upload(@PathVariable String source, @RequestParam(defaultValue = "UTF-8") String charset,
			@RequestParam(required = false) String fileName, @RequestParam(required = false) String profile,
			@RequestParam(defaultValue = "false") boolean wait, HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return answer(this.service.receive(source(source), fileName, charset(charset), profile, body, wait));
		}
	}

	@PostMapping(path = "/api/v1/batches/{source}", consumes = "multipart/form-data")
	ResponseEntity<BatchView> uploadForm(@PathVariable String source, @RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "UTF-8") String charset, @RequestParam(required = false) String profile,
			@RequestParam(defaultValue = "false") boolean wait) throws IOException {
		try (InputStream body = file.getInputStream()) {
			return answer(this.service.receive(source(source), file.getOriginalFilename(), charset(charset), profile,
					body, wait));
		}
	}

	/**
	 * Replays the quarantined rows of a batch (optionally only some reasons) after a fix,
	 * as a new batch.
	 */
	@PostMapping("/api/v1/batches/{id}/quarantine/replay")
	ResponseEntity<BatchView> replay(@PathVariable UUID id,
			@RequestParam(name = "reason", required = false) java.util.Set<String> reasons,
			@RequestParam(required = false) String profile, @RequestParam(defaultValue = "false") boolean wait) {
		return answer(this.replays.replay(id, reasons == null ? java.util.Set.of() : reasons, profile, wait));
	}

	@GetMapping("/api/v1/batches/{id}")
	BatchView get(@PathVariable UUID id) {
		return this.service.view(id);
	}

	@GetMapping("/api/v1/batches")
	Page<BatchView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
		return this.service.list(page, size);
	}

	private static ResponseEntity<BatchView> answer(BatchView view) {
		HttpStatus status = switch (view.status()) {
			case RECEIVED, RUNNING -> HttpStatus.ACCEPTED;
			case DUPLICATE -> HttpStatus.OK;
			case COMPLETED, FAILED -> HttpStatus.CREATED;
		};
		return ResponseEntity.status(status).location(URI.create("/api/v1/batches/" + view.id())).body(view);
	}

	private static Source source(String name) {
		try {
			return Source.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw Problems.notFound("Source", name);
		}
	}

	private static Charset charset(String name) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw Problems.badRequest("unknown-charset", "Unknown character set " + name + "; use UTF-8 or GBK");
		}
	}

}
