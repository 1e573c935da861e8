#!/usr/bin/env bash
# Run once by the PostgreSQL container on an empty data volume: one role and one schema per service, so no
# service can read another's tables. Passwords come from the environment (.env through docker-compose.yml), never
# from this file. The embedded platform does the same in ServiceDatabases.
set -euo pipefail
for service in ingestion profile strategy reach evaluation; do
  var="GRIDLOOP_DB_PASSWORD_${service^^}"
  password="${!var:?$var is not set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="$service" -v password="$password" <<'SQL'
create role :"role" login password :'password';
create schema :"role" authorization :"role";
alter role :"role" in database gridloop set search_path = :"role";
SQL
done
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c 'revoke create on schema public from public;'
