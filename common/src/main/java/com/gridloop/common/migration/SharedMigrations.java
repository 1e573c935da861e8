package com.gridloop.common.migration;

import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates a service's schema: the shared tables from {@code db/migration/common}
 * (versions below 1: outbox, inbox, parked outbox rows, audit trail), then the service's
 * own. Flyway's validation stays strict, with two exceptions, each recognised exactly
 * (decision 30):
 * <ul>
 * <li>a schema from before the shared tables moved ({@link LegacyLayout}) is repaired
 * first: its V1 checksum is realigned and the two moved migrations are marked deleted;
 * <li>shared migrations that arrive after the service's own (an existing schema meeting
 * {@code 0.x} versions for the first time) are applied out of order. They are written
 * with {@code if not exists}, so they leave tables already there as they are.
 * </ul>
 * Any other difference (an edited migration, a missing or late service migration) fails
 * the start as before.
 *
 * @param service the service whose schema this is ({@code gridloop.service.name})
 */
public record SharedMigrations(String service) implements FlywayMigrationStrategy {

	/**
	 * Versions below this one are the shared migrations in {@code db/migration/common}.
	 */
	static final MigrationVersion FIRST_SERVICE_VERSION = MigrationVersion.fromVersion("1");

	private static final Logger log = LoggerFactory.getLogger(SharedMigrations.class);

	@Override
	public void migrate(Flyway flyway) {
		LegacyLayout legacy = LegacyLayout.SERVICES.get(this.service);
		if (legacy != null && legacy.matches(flyway.info().all())) {
			log.warn(
					"Schema {} predates the shared migrations in db/migration/common: realigning V1's checksum and "
							+ "marking the moved outbox parked / audit event migrations deleted (decision 30)",
					this.service);
			// No ignore patterns, so that a moved migration above the service's newest is
			// marked deleted too.
			configure(flyway).ignoreMigrationPatterns(new String[0]).load().repair();
		}
		List<MigrationInfo> ignored = Arrays.stream(flyway.info().all())
			.filter((m) -> m.getState() == MigrationState.IGNORED)
			.toList();
		if (!ignored.isEmpty() && ignored.stream().allMatch(SharedMigrations::shared)) {
			log.info("Applying shared migrations {} after the service's own in schema {}",
					ignored.stream().map(MigrationInfo::getVersion).toList(), this.service);
			configure(flyway).outOfOrder(true).load().migrate();
		}
		else {
			flyway.migrate();
		}
	}

	private static boolean shared(MigrationInfo m) {
		return m.getVersion() != null && m.getVersion().compareTo(FIRST_SERVICE_VERSION) < 0;
	}

	private static FluentConfiguration configure(Flyway flyway) {
		return Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration());
	}

}
