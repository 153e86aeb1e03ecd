#!/usr/bin/env bash
# Run a command against Debian's PostgreSQL server: start the cluster if it is stopped,
# make sure the test role exists, run the command with DATABASE_URL set, and stop the
# cluster again if this script started it.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=main
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version $cluster$"; then
  pg_createcluster "$version" "$cluster" >/dev/null
fi
started=no
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start
  started=yes
fi
stop() { [ "$started" = yes ] && pg_ctlcluster "$version" "$cluster" stop || true; }
trap stop EXIT
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_roles WHERE rolname='styr'\"" | grep -q 1 \
  || su postgres -c "psql -q -p $port -c \"CREATE ROLE styr LOGIN CREATEDB PASSWORD 'styr'\""
su postgres -c "psql -q -p $port -tc \"SELECT 1 FROM pg_database WHERE datname='styr'\"" | grep -q 1 \
  || su postgres -c "createdb -p $port -O styr styr"
export DATABASE_URL="postgres://styr:styr@127.0.0.1:$port/styr"
echo "PostgreSQL $version on port $port"
"$@"
