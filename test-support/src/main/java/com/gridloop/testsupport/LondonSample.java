package com.gridloop.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six Low Carbon London households of 2013 (UK Power Networks, open data), as test
 * resources.
 */
public final class LondonSample {

	/** Household id to its tariff group in the trial: {@code ToU} or {@code Std}. */
	public static final Map<String, String> HOUSEHOLDS;

	static {
		Map<String, String> h = new LinkedHashMap<>();
		for (String line : lines("households.csv").subList(1, 7)) {
			String[] f = line.split(",");
			h.put(f[0], f[1]);
		}
		HOUSEHOLDS = java.util.Collections.unmodifiableMap(h);
	}

	private LondonSample() {
	}

	/** The raw bytes of a household's readings file. */
	public static byte[] file(String household) {
		try (InputStream in = open(household + ".csv")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One reading as the file gives it: GMT timestamp text and kWh. */
	public record Reading(String gmt, double kwh) {
	}

	/** A household's readings, in file order. */
	public static List<Reading> readings(String household) {
		List<Reading> out = new ArrayList<>();
		for (String line : lines(household + ".csv").subList(1, lines(household + ".csv").size())) {
			String[] f = line.split(",");
			out.add(new Reading(f[1].trim(), Double.parseDouble(f[2].trim())));
		}
		return out;
	}

	private static List<String> lines(String name) {
		try (InputStream in = open(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String name) {
		InputStream in = LondonSample.class.getResourceAsStream("/lcl-sample/" + name);
		if (in == null) {
			throw new IllegalStateException("Missing test resource lcl-sample/" + name);
		}
		return in;
	}

}
