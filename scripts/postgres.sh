#!/usr/bin/env bash
# Gets a PostgreSQL database for Mentiway, wherever it runs. Sourced by mentiway.sh; `postgres_provision PURPOSE`
# (demo or test) sets MENTIWAY_PG_CONNECTION, or leaves it empty for the tests to start a Testcontainer.
#
# In order of preference:
#   1. a connection string given in MENTIWAY_CONNECTION_STRING;
#   2. Docker: Compose's postgres service for the demo, Testcontainers (started by the tests) for the tests;
#   3. a private cluster from Debian's PostgreSQL packages, installed with apt-get when missing, on 127.0.0.1 and a
#      free port, in a folder of its own per checkout and purpose, so that the tests never touch the demo's data.
# Safe to run twice: a running cluster is reused. `postgres_stop_if_started` stops only a cluster this run started.

# The demo's data follows the shape of the demo: a demo that grows new parts gets a fresh database.
MENTIWAY_DEMO_DATABASE=mentiway_demo_2
MENTIWAY_PG_STARTED_HERE=""
MENTIWAY_PG_DATA=""

postgres_log() { echo "[postgres] $*" >&2; }

docker_answers() { command -v docker >/dev/null 2>&1 && timeout 5 docker info >/dev/null 2>&1; }

postgres_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

postgres_install() {
  postgres_bin_dir >/dev/null && return 0
  if [ "$(id -u)" -ne 0 ]; then
    postgres_log "PostgreSQL server is not installed; run as root, or: sudo apt-get install -y postgresql"
    return 1
  fi
  postgres_log "installing Debian's postgresql package (first run only)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
  # The package starts a system cluster of its own; Mentiway does not use it.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters -h 2>/dev/null | while read -r version name _; do
      pg_ctlcluster "$version" "$name" stop >/dev/null 2>&1 || true
    done
  fi
  postgres_bin_dir >/dev/null
}

# Runs a server command as the user who owns the cluster: root may not run PostgreSQL, so root hands it over.
postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_data_dir() {
  local purpose=$1 repo=$2
  local inside="$repo/.pgdata/$purpose"
  if [ "$(id -u)" -ne 0 ]; then
    echo "$inside"
    return
  fi
  # The server's user must reach the folder; a checkout under /root (or any closed home) is out of its reach.
  mkdir -p "$repo/.pgdata"
  if runuser -u postgres -- test -x "$repo/.pgdata" 2>/dev/null; then
    echo "$inside"
  else
    local key
    key=$(printf '%s' "$repo" | sha1sum | cut -c1-12)
    echo "/var/lib/mentiway-postgres/$key/$purpose"
  fi
}

port_is_free() { ! (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

postgres_pick_port() {
  local port=$1
  while ! port_is_free "$port"; do port=$((port + 1)); done
  echo "$port"
}

postgres_start_local() {
  local purpose=$1 repo=$2 preferred_port=$3
  postgres_install || return 1
  local bin data port
  bin=$(postgres_bin_dir)
  data=$(postgres_data_dir "$purpose" "$repo")
  MENTIWAY_PG_DATA=$data

  if [ ! -f "$data/PG_VERSION" ]; then
    postgres_log "creating a private cluster in $data"
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$(dirname "$data")"
    chmod 700 "$data"
    postgres_as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi

  if postgres_as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port=$(cat "$data/mentiway.port")
    postgres_log "reusing the running cluster on port $port"
  else
    port=$(postgres_pick_port "$preferred_port")
    local tuning=""
    # Throwaway test data need no crash safety; the demo keeps it.
    [ "$purpose" = test ] && tuning="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    postgres_as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c max_connections=300 $tuning" start >/dev/null \
      || { postgres_log "the server did not start; see $data/server.log"; return 1; }
    postgres_as_owner sh -c "echo $port > '$data/mentiway.port'"
    MENTIWAY_PG_STARTED_HERE=$bin
    postgres_log "started a cluster on 127.0.0.1:$port"
  fi

  MENTIWAY_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

postgres_ensure_database() {
  local port=$1 name=$2
  local bin
  bin=$(postgres_bin_dir)
  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname='$name'" \
      | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
  fi
}

postgres_provision() {
  local purpose=$1 repo=$2
  MENTIWAY_PG_CONNECTION=""
  if [ -n "${MENTIWAY_CONNECTION_STRING:-}" ]; then
    MENTIWAY_PG_CONNECTION=$MENTIWAY_CONNECTION_STRING
    postgres_log "using MENTIWAY_CONNECTION_STRING"
    return 0
  fi

  if docker_answers; then
    if [ "$purpose" = demo ]; then
      postgres_log "Docker answers: starting Compose's postgres service"
      docker compose -f "$repo/docker-compose.yml" up -d --wait postgres >&2 || return 1
      MENTIWAY_PG_CONNECTION="Host=127.0.0.1;Port=55432;Database=mentiway;Username=mentiway;Password=mentiway"
    else
      postgres_log "Docker answers: the tests start their own Testcontainers PostgreSQL"
    fi
    return 0
  fi

  local preferred=55432
  [ "$purpose" = test ] && preferred=55532
  postgres_start_local "$purpose" "$repo" "$preferred" || return 1
  if [ "$purpose" = demo ]; then
    local port
    port=$(cat "$MENTIWAY_PG_DATA/mentiway.port")
    postgres_ensure_database "$port" "$MENTIWAY_DEMO_DATABASE"
    MENTIWAY_PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Database=$MENTIWAY_DEMO_DATABASE"
  fi
}

postgres_stop_if_started() {
  [ -n "$MENTIWAY_PG_STARTED_HERE" ] || return 0
  postgres_as_owner "$MENTIWAY_PG_STARTED_HERE/pg_ctl" -D "$MENTIWAY_PG_DATA" -m fast stop >/dev/null 2>&1 \
    && postgres_log "stopped the cluster this run started"
  # The demo's data follows the shape of the demo: a demo that grows new parts gets a fresh database.
MENTIWAY_DEMO_DATABASE=mentiway_demo_2
MENTIWAY_PG_STARTED_HERE=""
}
