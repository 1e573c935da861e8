package com.gridloop.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Appends a benchmark's figures to {@code docs/benchmarks.md}, one table per benchmark,
 * newest row last, so runs can be compared over time.
 */
public final class BenchmarkReport {

	private final Path file;

	public BenchmarkReport(Path file) {
		this.file = file;
	}

	/** The report of the project the command runs in, when there is one. */
	public static BenchmarkReport inWorkingDirectory() {
		return new BenchmarkReport(Path.of("docs", "benchmarks.md"));
	}

	/**
	 * @param name benchmark name, such as {@code ingest}
	 * @param header table header cells, after date and command
	 * @param cells this run's cells
	 */
	public void append(String name, String description, String command, String[] header, String[] cells) {
		try {
			if (!Files.isDirectory(this.file.getParent())) {
				return;
			}
			String text = Files.exists(this.file) ? Files.readString(this.file) : """
					# Benchmarks

					Figures printed by `./gridloop bench ...` on the machine that ran them; each run appends a row.
					Ratios compare against a baseline measured in the same run, so they travel better between machines
					than absolute speeds.
					""";
			String begin = "<!-- bench:" + name + " -->";
			String end = "<!-- /bench:" + name + " -->";
			String row = "| "
					+ DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(ZonedDateTime.now(ZoneOffset.UTC))
					+ " UTC | `" + command + "` | " + String.join(" | ", cells) + " |\n";
			int at = text.indexOf(end);
			if (at < 0) {
				StringBuilder section = new StringBuilder();
				section.append("\n## ")
					.append(name)
					.append("\n\n")
					.append(description)
					.append("\n\n")
					.append(begin)
					.append("\n| date | command | ")
					.append(String.join(" | ", header))
					.append(" |\n|")
					.append("---|".repeat(header.length + 2))
					.append('\n')
					.append(row)
					.append(end)
					.append('\n');
				text = text + section;
			}
			else {
				text = text.substring(0, at) + row + text.substring(at);
			}
			Files.writeString(this.file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
