#!/bin/sh
# The migrations are tested on PostgreSQL too: install Debian's PostgreSQL when missing, start its cluster on
# 127.0.0.1 and give the test a fresh database. Needs root (or sudo), as the browser tests' Chromium does.
set -e
SUDO=""
[ "$(id -u)" = "0" ] || SUDO="sudo"
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    echo "Installing Debian's postgresql for the migration test"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql
fi
set -- $(pg_lsclusters -h | head -n 1)
version=$1 cluster=$2 status=$4
if [ "$status" != "online" ]; then
    $SUDO pg_ctlcluster "$version" "$cluster" start
fi
psql_as_postgres() { $SUDO runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
psql_as_postgres -c "DROP DATABASE IF EXISTS globaloffice_test"
psql_as_postgres -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'globaloffice_test') THEN CREATE ROLE globaloffice_test LOGIN PASSWORD 'globaloffice_test'; END IF; END \$\$"
psql_as_postgres -c "CREATE DATABASE globaloffice_test OWNER globaloffice_test"
echo "PostgreSQL $version ready for the migration test"
