package com.gridloop.strategy.tariff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every tariff and its versions, read once from the tariff tables (only migrations write
 * them).
 */
@Component
public class TariffBook {

	private final TariffQueries queries;

	private volatile Map<String, TariffVersions> tariffs;

	TariffBook(TariffQueries queries) {
		this.queries = queries;
	}

	public Optional<TariffVersions> find(String code) {
		return Optional.ofNullable(loaded().get(code));
	}

	/** Every tariff, in code order. */
	public List<TariffVersions> all() {
		return List.copyOf(loaded().values());
	}

	/** Tariff codes in order. */
	public List<String> codes() {
		return List.copyOf(loaded().keySet());
	}

	private Map<String, TariffVersions> loaded() {
		Map<String, TariffVersions> t = this.tariffs;
		if (t == null) {
			synchronized (this) {
				if (this.tariffs == null) {
					this.tariffs = java.util.Collections.unmodifiableMap(this.queries.all());
				}
				t = this.tariffs;
			}
		}
		return t;
	}

}
