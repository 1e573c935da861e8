package com.gridloop.ingestion.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each logical column sits in a file's header. Names are matched case-insensitively
 * against the column's accepted names, so exports that call {@code kwh} {@code energy}
 * still map.
 */
public final class Columns {

	private final Map<String, Integer> index;

	private final int width;

	private Columns(Map<String, Integer> index, int width) {
		this.index = index;
		this.width = width;
	}

	/**
	 * @param header the header row
	 * @param accepted logical column to the names it may carry; the first name is the
	 * canonical one
	 * @param required logical columns the file must have
	 * @throws IllegalArgumentException naming the missing or repeated columns
	 */
	public static Columns map(List<String> header, Map<String, List<String>> accepted, List<String> required) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).trim().toLowerCase(Locale.ROOT);
			for (Map.Entry<String, List<String>> column : accepted.entrySet()) {
				if (column.getValue().stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
					if (positions.putIfAbsent(column.getKey(), i) != null) {
						throw new IllegalArgumentException(
								"Column " + column.getKey() + " appears twice in the header");
					}
				}
			}
		}
		List<String> missing = required.stream().filter(r -> !positions.containsKey(r)).toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(
					"Header " + header + " lacks required column(s) " + missing + "; accepted names: " + accepted);
		}
		return new Columns(positions, header.size());
	}

	/** Position of the column, or -1 when the file does not have it. */
	public int at(String column) {
		return this.index.getOrDefault(column, -1);
	}

	/** Number of fields in the header. */
	public int width() {
		return this.width;
	}

}
