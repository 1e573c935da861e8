package com.gridloop.local.demo;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.gridloop.datagen.Population;
import com.gridloop.datagen.ReadingsWriter;
import tools.jackson.databind.JsonNode;

/** Uploads generated files to ingestion's batch API, each batch expected to complete. */
final class GeneratedUploads {

	private final PlatformClient client;

	GeneratedUploads(PlatformClient client) {
		this.client = client;
	}

	/** The customer archive extract; returns its batch. */
	JsonNode customers(Population population) {
		StringWriter archive = new StringWriter();
		population.writeCustomersCsv(archive);
		byte[] archiveBytes = archive.toString().getBytes(StandardCharsets.UTF_8);
		JsonNode customers = this.client.postStream("ingestion",
				"/api/v1/batches/customers?wait=true&fileName=archive.csv", "analyst", "text/csv",
				() -> new ByteArrayInputStream(archiveBytes));
		expectCompleted(customers, "customer archive");
		return customers;
	}

	/** Generates one source file and uploads it; returns the rows accepted. */
	long source(String source, Function<Writer, ?> write) {
		StringWriter file = new StringWriter();
		write.apply(file);
		byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
		JsonNode batch = this.client.postStream("ingestion", "/api/v1/batches/" + source + "?wait=true", "analyst",
				"text/csv", () -> new ByteArrayInputStream(bytes));
		expectCompleted(batch, source);
		return batch.get("accepted").asLong();
	}

	/** Streams the readings while they are generated; returns their batch. */
	JsonNode readings(ReadingsWriter readings, AtomicReference<ReadingsWriter.Stats> planted) {
		return readings(readings, planted, "readings.csv");
	}

	/** Streams the readings as a file of this name; returns their batch. */
	JsonNode readings(ReadingsWriter readings, AtomicReference<ReadingsWriter.Stats> planted, String fileName) {
		JsonNode batch = this.client.postStream("ingestion", "/api/v1/batches/readings?wait=true&fileName=" + fileName,
				"analyst", "text/csv", () -> stream(readings, planted));
		expectCompleted(batch, "readings");
		return batch;
	}

	private InputStream stream(ReadingsWriter readings, AtomicReference<ReadingsWriter.Stats> planted) {
		try {
			PipedInputStream in = new PipedInputStream(1 << 20);
			PipedOutputStream pipe = new PipedOutputStream(in);
			Thread writer = new Thread(() -> {
				try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(pipe, StandardCharsets.UTF_8),
						1 << 16)) {
					planted.set(readings.write(w));
				}
				catch (IOException | UncheckedIOException ex) {
					// The reader went away; the upload reports the failure.
				}
			}, "demo-readings-writer");
			writer.setDaemon(true);
			writer.start();
			return in;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void expectCompleted(JsonNode batch, String what) {
		if (!"COMPLETED".equals(batch.get("status").asString())) {
			throw new IllegalStateException(
					"The " + what + " batch ended " + batch.get("status").asString() + ": " + batch.get("error"));
		}
	}

}
