#!/usr/bin/env bash
# The two things a newcomer does first:
#   ./mentiway.sh demo   run Mentiway with the demo programme on http://127.0.0.1:5080 (MENTIWAY_URL to change)
#   ./mentiway.sh test   run every test against a real PostgreSQL and print "N passed, N failed"
# Both provision PostgreSQL themselves (scripts/postgres.sh says how).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/postgres.sh
source "$repo/scripts/postgres.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

run_demo() {
  local url=${MENTIWAY_URL:-http://127.0.0.1:5080}
  local port=${url##*:}
  port=${port%%/*}
  if ! port_is_free "$port"; then
    echo "Port $port is already in use (is the demo running already?). Stop it, or set MENTIWAY_URL." >&2
    exit 1
  fi

  postgres_provision demo "$repo"
  trap postgres_stop_if_started EXIT

  # A fresh key each run: the demo signs its own tokens, and they die with it.
  local key
  key=$(head -c 48 /dev/urandom | base64 | tr -d '\n')

  dotnet build "$repo/src/Host/Mentiway.Host/Mentiway.Host.csproj" -c Release -v quiet -nologo
  mkdir -p "$repo/.artifacts"
  ConnectionStrings__Mentiway="$MENTIWAY_PG_CONNECTION" \
  Mentiway__Demo__Enabled=true \
  Mentiway__Demo__EnvFile="$repo/.artifacts/demo.env" \
  Mentiway__Auth__SigningKey="$key" \
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production} \
    dotnet run --project "$repo/src/Host/Mentiway.Host/Mentiway.Host.csproj" -c Release --no-build -- --urls "$url" &
  demo_host=$!

  # Stopping this script stops the host first, then the database it started: never a host without its database.
  trap 'kill -TERM "$demo_host" 2>/dev/null; wait "$demo_host" 2>/dev/null; postgres_stop_if_started' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  wait "$demo_host"
}

run_tests() {
  postgres_provision test "$repo"
  trap postgres_stop_if_started EXIT
  export MENTIWAY_TEST_POSTGRES="$MENTIWAY_PG_CONNECTION"

  local results="$repo/.artifacts/test-results"
  rm -rf "$results"
  local status=0
  dotnet test "$repo/Mentiway.sln" -c Release --logger trx --results-directory "$results" -v quiet -nologo \
    || status=$?

  summarise_trx "$results"
  if [ "$status" -ne 0 ] && ! ls "$results"/*.trx >/dev/null 2>&1; then
    echo "The build failed, so no test ran." >&2
  fi
  return "$status"
}

# dotnet test prints a summary per project; CI reads one line for the whole run, summed from the TRX files.
summarise_trx() {
  local passed=0 failed=0 skipped=0 file counters
  for file in "$1"/*.trx; do
    [ -f "$file" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$file" | head -1)
    passed=$((passed + $(attribute "$counters" passed)))
    failed=$((failed + $(attribute "$counters" failed) + $(attribute "$counters" error) + $(attribute "$counters" timeout)))
    skipped=$((skipped + $(attribute "$counters" notExecuted)))
  done
  local line="$passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
  echo
  echo "$line"
}

attribute() { echo "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }

case "${1:-}" in
  demo) run_demo ;;
  test) run_tests ;;
  *) echo "usage: $0 demo|test" >&2; exit 2 ;;
esac
