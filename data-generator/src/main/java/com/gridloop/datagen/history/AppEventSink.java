package com.gridloop.datagen.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.gridloop.datagen.history.HistoryWriter.AppEventStats;

/**
 * Writes app-events.jsonl, JSON lines by hand: every value is an id, a phone, an enum
 * name or a time, none of which needs escaping.
 */
final class AppEventSink implements CustomerSink {

	private final Writer out;

	private final StringBuilder line = new StringBuilder(128);

	private long rows, users, otherPhoneUsers, inside;

	AppEventSink(Writer out) {
		this.out = out;
	}

	@Override
	public void begin() {
		// JSON lines have no header.
	}

	@Override
	public void accept(CustomerHistory h) {
		if (!h.truth().appUser()) {
			return;
		}
		this.users++;
		if (!h.appEvents().isEmpty() && !h.appEvents().get(0).phone().equals(h.customer().phone())) {
			this.otherPhoneUsers++;
		}
		try {
			for (AppEvent e : h.appEvents()) {
				this.line.setLength(0);
				this.line.append("{\"app_user_id\":\"")
					.append(e.appUserId())
					.append("\",\"phone\":\"")
					.append(e.phone())
					.append("\",\"event\":\"")
					.append(e.event().name())
					.append("\",\"ts\":\"")
					.append(HistoryWriter.APP_TIME.format(e.ts()))
					.append("\"}\n");
				this.out.append(this.line);
				this.rows++;
				this.inside += h.truth().activeAt(e.ts().getHour()) ? 1 : 0;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void end() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	AppEventStats stats() {
		return new AppEventStats(this.rows, this.users, this.otherPhoneUsers, this.inside);
	}

}
