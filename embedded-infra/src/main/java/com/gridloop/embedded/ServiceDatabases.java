package com.gridloop.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the GridLoop database and, for every service, a login role owning a schema of
 * the same name, so that no service can read another's tables. Idempotent.
 */
public final class ServiceDatabases {

	/** The services, each with its own schema and role. */
	public static final List<String> SERVICES = List.of("ingestion", "profile", "strategy", "reach", "evaluation");

	private ServiceDatabases() {
	}

	/**
	 * @param adminUrl JDBC URL of the maintenance database, as a superuser
	 * @param database the database to create when missing
	 */
	public static void provision(String adminUrl, String adminUser, String adminPassword, String database) {
		try (Connection admin = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
				Statement st = admin.createStatement()) {
			var rs = st.executeQuery("select 1 from pg_database where datname = '" + identifier(database) + "'");
			if (!rs.next()) {
				st.execute("create database " + identifier(database));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + database + ": " + ex.getMessage(), ex);
		}
		String url = replaceDatabase(adminUrl, database);
		try (Connection db = DriverManager.getConnection(url, adminUser, adminPassword);
				Statement st = db.createStatement()) {
			st.execute("revoke create on schema public from public");
			for (String service : SERVICES) {
				st.execute("""
						do $$ begin
						  if not exists (select from pg_roles where rolname = '%1$s') then
						    create role %1$s login password '%1$s';
						  end if;
						end $$""".formatted(service));
				st.execute("create schema if not exists %1$s authorization %1$s".formatted(service));
				st.execute("alter role %1$s in database %2$s set search_path = %1$s".formatted(service,
						identifier(database)));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot provision service schemas: " + ex.getMessage(), ex);
		}
	}

	static String replaceDatabase(String jdbcUrl, String database) {
		int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
		int query = jdbcUrl.indexOf('?', slash);
		return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
	}

	private static String identifier(String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain identifier: " + name);
		}
		return name;
	}

}
