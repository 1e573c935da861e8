package com.gridloop.common.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.gridloop.embedded.Infrastructure;
import com.gridloop.testsupport.TestInfrastructure;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.filesystem.FileSystemResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared tables' migrations ({@code db/migrations/common}) and the upgrade of schemas
 * made before they moved there (decision 30), on the real embedded PostgreSQL. It lives
 * in test-support because common cannot depend on the module that holds the fixtures.
 * Each test works in schemas of its own; the service migrations are read from
 * {@code db/migrations/<service>/}, the shared ones from common's jar, as the services
 * find them.
 */
class SharedMigrationsTest {

	private static final Path MIGRATIONS = Path.of("..", "db", "migrations").toAbsolutePath().normalize();

	private static final List<String> SHARED_TABLES = List.of("audit_event", "outbox_event", "outbox_parked",
			"processed_event");

	private final Infrastructure infra = TestInfrastructure.shared();

	private final String user = System.getenv().getOrDefault("GRIDLOOP_TEST_DB_USER", "postgres");

	private final String password = System.getenv().getOrDefault("GRIDLOOP_TEST_DB_PASSWORD", "");

	@TempDir
	Path temp;

	@Test
	void theKnownOldChecksumsAreThoseOfTheOldFiles() throws IOException {
		assertThat(lines(legacy("V1__reach.sql"))).as("reach's old V1 is the current one with the shared tables")
			.isEqualTo(oldV1("reach"));
		for (String service : LegacyLayout.SERVICES.keySet()) {
			Path v1 = Files.write(this.temp.resolve("V1__" + service + ".sql"), oldV1(service));
			assertThat(checksum(v1)).as(service).isEqualTo(LegacyLayout.SERVICES.get(service).v1Checksum());
			assertThat(checksum(MIGRATIONS.resolve(service).resolve("V1__" + service + ".sql"))).as(service + " now")
				.isNotEqualTo(LegacyLayout.SERVICES.get(service).v1Checksum());
		}
		assertThat(checksum(copy(legacy("outbox_parked.sql"), this.temp.resolve("p.sql"))))
			.isEqualTo(LegacyLayout.PARKED_CHECKSUM);
		assertThat(checksum(copy(legacy("audit_event.sql"), this.temp.resolve("a.sql"))))
			.isEqualTo(LegacyLayout.AUDIT_CHECKSUM);
	}

	@Test
	void aFreshSchemaGetsTheSharedTablesFirstAndAsTheOldMigrationsMadeThem() throws Exception {
		Flyway fresh = serviceFlyway(schema("mig_fresh"), "reach");
		new SharedMigrations("reach").migrate(fresh);
		Flyway old = plainFlyway(schema("mig_old"), "filesystem:" + oldMigrations("reach"));
		old.migrate();

		// One line of the four tables' columns, then their six indexes (primary keys, the
		// unique event id, the gin).
		assertThat(shape("mig_fresh")).isEqualTo(shape("mig_old")).hasSize(7);
		MigrationInfo[] history = fresh.info().applied();
		assertThat(Arrays.stream(history).limit(4).map((m) -> m.getVersion().getVersion())).containsExactly("0.1",
				"0.2", "0.3", "1");
		assertThat(history).allMatch((m) -> m.getState() == MigrationState.SUCCESS);
		assertThat(fresh.validateWithResult().validationSuccessful).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingestion", "profile", "reach", "evaluation" })
	void aSchemaFromBeforeTheMoveUpgradesKeepingItsRows(String service) throws Exception {
		String schema = schema("mig_up_" + service);
		plainFlyway(schema, "filesystem:" + oldMigrations(service)).migrate();
		execute(schema,
				"""
						insert into outbox_event (event_id, topic, event_key, event_type, envelope)
						  values ('00000000-0000-0000-0000-000000000001', 't', 'k', 'Type', '{}');
						insert into processed_event (consumer, event_id) values ('c', '00000000-0000-0000-0000-000000000002');
						insert into outbox_parked (id, event_id, topic, event_key, event_type, envelope, created_at, reason)
						  values (7, '00000000-0000-0000-0000-000000000003', 't', 'k', 'Type', '{}', now(), 'too large');
						insert into audit_event (actor, action, customer_count, customer_ids) values ('admin', 'read', 1, '{C1}');
						""");
		LegacyLayout legacy = LegacyLayout.SERVICES.get(service);

		Flyway flyway = serviceFlyway(schema, service);
		new SharedMigrations(service).migrate(flyway);

		assertThat(rows(schema, "select event_key from outbox_event")).containsExactly("k");
		assertThat(rows(schema, "select consumer from processed_event")).containsExactly("c");
		assertThat(rows(schema, "select reason from outbox_parked")).containsExactly("too large");
		assertThat(rows(schema, "select customer_ids[1] from audit_event where customer_ids @> '{C1}'"))
			.containsExactly("C1");
		assertThat(shape(schema)).isEqualTo(shape(freshSchema(service)));

		Map<String, MigrationState> states = states(flyway);
		assertThat(states).containsEntry("1", MigrationState.SUCCESS)
			.containsEntry(legacy.parked(), MigrationState.DELETED)
			.containsEntry(legacy.audit(), MigrationState.DELETED);
		assertThat(List.of(states.get("0.1"), states.get("0.2"), states.get("0.3")))
			.containsOnly(MigrationState.OUT_OF_ORDER);
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(serviceFlyway(schema, service).validateWithResult().validationSuccessful)
			.as("strict validation afterwards")
			.isTrue();

		int ranks = flyway.info().applied().length;
		new SharedMigrations(service).migrate(serviceFlyway(schema, service));
		assertThat(flyway.info().applied()).as("a second start changes nothing").hasSize(ranks);
	}

	/**
	 * The old V1 edited some other way, or another migration edited beside the old V1.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "V1__reach.sql:1", "V2__dispatch_and_consent_version.sql:2" })
	void anyOtherEditStillFailsAndTheHistoryIsLeftAlone(String edit) throws Exception {
		Path dir = oldMigrations("reach");
		Path edited = dir.resolve(edit.substring(0, edit.indexOf(':')));
		Files.writeString(edited, Files.readString(edited) + "\ncreate table edited (id int);\n");
		String schema = schema("mig_edited_" + edit.substring(1, 2));
		plainFlyway(schema, "filesystem:" + dir).migrate();

		Flyway flyway = serviceFlyway(schema, "reach");
		assertThatThrownBy(() -> new SharedMigrations("reach").migrate(flyway))
			.isInstanceOf(FlywayValidateException.class)
			.hasMessageContaining("checksum mismatch for migration version " + edit.substring(edit.indexOf(':') + 1));
		assertThat(states(flyway)).containsEntry("6", MigrationState.MISSING_SUCCESS)
			.containsEntry("0.1", MigrationState.IGNORED);
		MigrationInfo v1 = Arrays.stream(flyway.info().applied())
			.filter((m) -> m.getVersion().getVersion().equals("1"))
			.findFirst()
			.orElseThrow();
		assertThat(v1.isChecksumMatching()).as("V1 not realigned").isFalse();
	}

	@Test
	void aLateServiceMigrationIsStillRefused() throws Exception {
		String schema = freshSchema("reach");
		Path late = Files.createDirectories(this.temp.resolve("late"));
		Files.writeString(late.resolve("V2_5__late.sql"), "create table late (id int);\n");
		Flyway flyway = plainFlyway(schema, "classpath:db/migration/common",
				"filesystem:" + MIGRATIONS.resolve("reach"), "filesystem:" + late);
		assertThatThrownBy(() -> new SharedMigrations("reach").migrate(flyway))
			.isInstanceOf(FlywayValidateException.class)
			.hasMessageContaining("2.5");
	}

	/** A schema migrated from scratch the way a service does now. */
	private String freshSchema(String service) throws SQLException {
		String schema = schema("mig_new_" + service);
		new SharedMigrations(service).migrate(serviceFlyway(schema, service));
		return schema;
	}

	/** The locations a service has (common's jar, then its own), and Boot's defaults. */
	private Flyway serviceFlyway(String schema, String service) {
		return plainFlyway(schema, "classpath:db/migration/common", "filesystem:" + MIGRATIONS.resolve(service));
	}

	private Flyway plainFlyway(String schema, String... locations) {
		return Flyway.configure()
			.dataSource(this.infra.databaseUrl(), this.user, this.password)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(false)
			.locations(locations)
			.load();
	}

	/**
	 * A service's migrations as they were before the move: today's files, with the old V1
	 * and the service's own outbox parked and audit event migrations back.
	 */
	private Path oldMigrations(String service) throws IOException {
		Path dir = Files.createDirectories(this.temp.resolve("old-" + service));
		try (Stream<Path> files = Files.list(MIGRATIONS.resolve(service))) {
			for (Path f : files.filter((f) -> !f.getFileName().toString().startsWith("V1__")).toList()) {
				Files.copy(f, dir.resolve(f.getFileName()));
			}
		}
		Files.write(dir.resolve("V1__" + service + ".sql"), oldV1(service));
		LegacyLayout legacy = LegacyLayout.SERVICES.get(service);
		copy(legacy("outbox_parked.sql"), dir.resolve("V" + legacy.parked() + "__outbox_parked.sql"));
		copy(legacy("audit_event.sql"), dir.resolve("V" + legacy.audit() + "__audit_event.sql"));
		return dir;
	}

	/**
	 * A service's old V1: its first two lines, the outbox and inbox tables as reach's old
	 * V1 had them (lines 3 to 20, the same in every service), then the rest of today's
	 * V1.
	 */
	private static List<String> oldV1(String service) throws IOException {
		List<String> now = Files.readAllLines(MIGRATIONS.resolve(service).resolve("V1__" + service + ".sql"));
		List<String> old = new ArrayList<>(now.subList(0, 2));
		old.addAll(lines(legacy("V1__reach.sql")).subList(2, 20));
		old.addAll(now.subList(2, now.size()));
		return old;
	}

	private static String legacy(String name) throws IOException {
		try (InputStream in = SharedMigrationsTest.class.getResourceAsStream("/legacy-migrations/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> lines(String text) {
		return text.lines().toList();
	}

	private static Path copy(String text, Path to) throws IOException {
		return Files.writeString(to, text);
	}

	private static int checksum(Path file) {
		return ChecksumCalculator
			.calculate(new FileSystemResource(null, file.toString(), StandardCharsets.UTF_8, false));
	}

	private Map<String, MigrationState> states(Flyway flyway) {
		Map<String, MigrationState> states = new TreeMap<>();
		for (MigrationInfo m : flyway.info().all()) {
			if (m.getVersion() != null && !m.getType().isSynthetic()) {
				states.put(m.getVersion().getVersion(), m.getState());
			}
		}
		return states;
	}

	/** The shared tables' columns and indexes, as text without the schema's name. */
	private List<String> shape(String schema) throws SQLException {
		List<String> shape = new ArrayList<>(rows(schema, """
				select string_agg(table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' '
				                  || coalesce(column_default, '-'), ', ' order by table_name, ordinal_position)
				from information_schema.columns where table_schema = current_schema() and table_name = any(?)
				""", SHARED_TABLES));
		shape.addAll(rows(schema, """
				select indexdef from pg_indexes where schemaname = current_schema() and tablename = any(?)
				order by indexname
				""", SHARED_TABLES));
		return shape.stream().map((s) -> s.replace(schema + ".", "")).toList();
	}

	private List<String> rows(String schema, String sql, List<?>... arrays) throws SQLException {
		try (Connection con = connect(schema); var st = con.prepareStatement(sql)) {
			for (int i = 0; i < arrays.length; i++) {
				st.setArray(i + 1, con.createArrayOf("text", arrays[i].toArray()));
			}
			List<String> rows = new ArrayList<>();
			try (var rs = st.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
			return rows;
		}
	}

	private void execute(String schema, String sql) throws SQLException {
		try (Connection con = connect(schema); var st = con.createStatement()) {
			st.execute(sql);
		}
	}

	private String schema(String name) throws SQLException {
		try (Connection con = connect("public"); var st = con.createStatement()) {
			st.execute("drop schema if exists " + name + " cascade; create schema " + name);
		}
		return name;
	}

	private Connection connect(String schema) throws SQLException {
		Connection con = DriverManager.getConnection(this.infra.databaseUrl(), this.user, this.password);
		con.setSchema(schema);
		return con;
	}

}
