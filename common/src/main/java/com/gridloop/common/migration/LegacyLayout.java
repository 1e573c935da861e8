package com.gridloop.common.migration;

import java.util.Map;
import java.util.Objects;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A service schema as the migrations left it before the shared tables moved to
 * {@code db/migration/common} (decision 30): its V1 applied with the checksum the V1 had
 * while it still created {@code outbox_event} and {@code processed_event}, and the
 * service's own "outbox parked" and "audit event" migrations applied, now without a file.
 * Checksums are Flyway's CRC32 of the files as they stood on main before the move (commit
 * d292b98).
 *
 * @param v1Checksum the old V1's checksum
 * @param parked the version the service's "outbox parked" migration had
 * @param audit the version the service's "audit event" migration had
 */
record LegacyLayout(int v1Checksum, String parked, String audit) {

	/** The old {@code V*__outbox_parked.sql}, the same text in every service. */
	static final int PARKED_CHECKSUM = -1346122373;

	/** The old {@code V*__audit_event.sql}, the same text in every service. */
	static final int AUDIT_CHECKSUM = -1996458473;

	static final Map<String, LegacyLayout> SERVICES = Map.of("ingestion", new LegacyLayout(360272472, "12", "13"),
			"profile", new LegacyLayout(-1207083834, "14", "15"), "strategy", new LegacyLayout(-1093189107, "8", "9"),
			"reach", new LegacyLayout(1316733284, "6", "7"), "evaluation", new LegacyLayout(-1252501212, "5", "6"));

	private static final MigrationVersion V1 = MigrationVersion.fromVersion("1");

	/**
	 * Whether the schema history shows exactly this layout: the old V1, any of the two
	 * moved migrations missing, and nothing else out of line (no other checksum,
	 * description or type differs, no other migration is missing or failed). Anything
	 * else is left to Flyway's validation.
	 */
	boolean matches(MigrationInfo[] history) {
		boolean oldV1 = false;
		for (MigrationInfo m : history) {
			if (m.getState().isFailed()) {
				return false;
			}
			if (!m.getState().isApplied() || m.getType().isSynthetic()) {
				continue;
			}
			if (!m.getState().isResolved()) {
				if (!moved(m)) {
					return false;
				}
			}
			else if (V1.equals(m.getVersion()) && !m.isChecksumMatching()) {
				if (!Objects.equals(m.getAppliedChecksum(), this.v1Checksum) || !m.isDescriptionMatching()
						|| !m.isTypeMatching()) {
					return false;
				}
				oldV1 = true;
			}
			else if (!m.isChecksumMatching() || !m.isDescriptionMatching() || !m.isTypeMatching()) {
				return false;
			}
		}
		return oldV1;
	}

	/** One of the service's two migrations whose tables now come from common. */
	private boolean moved(MigrationInfo m) {
		String version = m.getVersion() == null ? null : m.getVersion().getVersion();
		Integer checksum = m.getAppliedChecksum();
		return (this.parked.equals(version) && "outbox parked".equals(m.getDescription())
				&& Objects.equals(checksum, PARKED_CHECKSUM))
				|| (this.audit.equals(version) && "audit event".equals(m.getDescription())
						&& Objects.equals(checksum, AUDIT_CHECKSUM));
	}

}
