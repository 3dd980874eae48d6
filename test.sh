#!/usr/bin/env bash
# Runs every Glocal test on a Debian machine that has the .NET SDK:
#   unit suites, the integration suite on SQLite and again on a throwaway PostgreSQL cluster,
#   and the browser suite on the system Chromium.
# Installs what is missing with apt-get (as root), and always ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

# Each suite gets exactly the database settings below, whatever the calling shell exported.
unset GLOCAL_TEST_DB GLOCAL_TEST_PG
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ "${CI:-}" == "true" || ! -t 1 ]]; then
  # No TTY, no colour: plain logs a CI system can keep.
  export NO_COLOR=1 TERM=dumb DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION=0 MSBUILDTERMINALLOGGER=off
fi

passed=0
failed=0
pg_dir=""
pg_ctl=""
pg_started=0
pg_port=""
child_pid=""
tail_pid=""
suite_out=""
interrupted=0

log() { printf '==> %s\n' "$*"; }

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$child_pid" ]]; then
    kill -TERM "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
  fi
  if [[ -n "$tail_pid" ]]; then
    kill "$tail_pid" 2>/dev/null || true
  fi
  if [[ -n "$suite_out" ]]; then
    rm -f -- "$suite_out"
  fi
  if [[ $pg_started -eq 1 ]]; then
    as_postgres "$pg_ctl" -D "$pg_dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_postgres "$pg_ctl" -D "$pg_dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    pg_started=0
  fi
  if [[ -n "$pg_dir" && -d "$pg_dir" ]]; then
    rm -rf -- "$pg_dir"
  fi
  if [[ $interrupted -eq 1 ]]; then
    log "Interrupted"
    echo "$passed passed, $((failed + 1)) failed"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'interrupted=1; exit 130' INT
trap 'interrupted=1; exit 143' TERM

finish() {
  echo "$passed passed, $failed failed"
  if [[ $failed -gt 0 ]]; then
    exit 1
  fi
  exit 0
}

# --- 1. System packages -------------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[[ -x "${GLOCAL_CHROMIUM:-/usr/bin/chromium}" ]] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)  # renders the policy report's PDF in its tests
command -v afl-fuzz >/dev/null 2>&1 || missing+=(afl++)  # the bounded fuzzing run of the importers
if [[ ${#missing[@]} -gt 0 ]]; then
  log "Installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
export GLOCAL_CHROMIUM="${GLOCAL_CHROMIUM:-/usr/bin/chromium}"

# --- 2. Build once ------------------------------------------------------------------------------
log "Building Glocal.slnx (Release, warnings are errors)"
build_start=$SECONDS
if ! dotnet build Glocal.slnx -c Release --nologo -v:minimal; then
  log "Build failed"
  failed=$((failed + 1))
  finish
fi
log "Build took $((SECONDS - build_start)) s"

# --- 3. Throwaway PostgreSQL cluster ------------------------------------------------------------
start_postgres() {
  local bin
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_ctl="$bin/pg_ctl"
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/glocal-pg.XXXXXX")
  mkdir -p "$pg_dir/data" "$pg_dir/socket"
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres:postgres "$pg_dir"
  fi
  # Trust, but only on loopback and the cluster's private socket directory.
  as_postgres "$bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=trust --no-sync --no-instructions >"$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log"
    return 1
  }

  local port
  for port in $(seq 55432 55531); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue # something already listens here
    fi
    # The cluster is thrown away after the run, so durability is traded for speed.
    if as_postgres "$pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir/socket -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      pg_started=1
      pg_port=$port
      break
    fi
  done
  if [[ $pg_started -ne 1 ]]; then
    cat "$pg_dir/server.log" 2>/dev/null || true
    return 1
  fi
  local tries=0
  until as_postgres "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" -d postgres; do
    tries=$((tries + 1))
    if [[ $tries -gt 60 ]]; then
      cat "$pg_dir/server.log"
      return 1
    fi
    sleep 1
  done
}

# --- 4. Suites ----------------------------------------------------------------------------------
# Runs one test project; adds its summary counts to the totals. A run that fails without a summary
# (crash, hang, missing project output) counts as one failure.
run_suite() {
  local name=$1 project=$2
  shift 2
  if [[ ! -d "$project" ]]; then
    log "Skipping $name: $project does not exist"
    return 0
  fi
  log "Running $name"
  local started status=0
  suite_out=$(mktemp)
  started=$SECONDS
  # In the background, so that a signal reaches the trap (and the cluster is stopped) at once
  # instead of after the suite; tail shows the output as it comes.
  env "$@" timeout --kill-after=30s 15m \
    dotnet test "$project" -c Release --no-build --nologo >"$suite_out" 2>&1 </dev/null &
  child_pid=$!
  tail -n +1 -f --pid="$child_pid" "$suite_out" &
  tail_pid=$!
  wait "$child_pid" || status=$?
  wait "$tail_pid" || true
  child_pid=""
  tail_pid=""
  local p=0 f=0 lines
  lines=$(grep -E '^(Passed|Failed)!  *- Failed: *[0-9]+, Passed: *[0-9]+' "$suite_out" || true)
  if [[ -n "$lines" ]]; then
    while IFS= read -r line; do
      f=$((f + $(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$line")))
      p=$((p + $(sed -E 's/.*Passed: *([0-9]+),.*/\1/' <<<"$line")))
    done <<<"$lines"
    if [[ $status -ne 0 && $f -eq 0 ]]; then
      f=1 # non-zero exit with an all-green summary still means something broke
    fi
  elif [[ $status -ne 0 ]]; then
    f=1
  fi
  rm -f -- "$suite_out"
  suite_out=""
  passed=$((passed + p))
  failed=$((failed + f))
  log "$name: $p passed, $f failed in $((SECONDS - started)) s"
}

run_suite "unit tests: Glocal.Indicators.Tests" tests/Glocal.Indicators.Tests
run_suite "unit tests: Glocal.Core.Tests" tests/Glocal.Core.Tests
run_suite "integration tests on SQLite: Glocal.Web.Tests" tests/Glocal.Web.Tests GLOCAL_TEST_DB=sqlite

if [[ -d tests/Glocal.Web.Tests ]]; then
  log "Starting a throwaway PostgreSQL cluster"
  if start_postgres; then
    log "PostgreSQL is ready on 127.0.0.1:$pg_port"
    run_suite "integration tests on PostgreSQL: Glocal.Web.Tests" tests/Glocal.Web.Tests \
      GLOCAL_TEST_DB=postgres "GLOCAL_TEST_PG=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
  else
    log "PostgreSQL did not start"
    failed=$((failed + 1))
  fi
fi

run_suite "browser tests: Glocal.E2E" tests/Glocal.E2E GLOCAL_CHROMIUM="$GLOCAL_CHROMIUM"

# --- 5. Bounded fuzzing -------------------------------------------------------------------------
# AFL++ over the importers for a fixed time per target; any finding (an exception other than a coded
# rejection, a crash, a hang) fails the run. Longer runs: tools/fuzz/run.sh 600.
fuzz_seconds=${GLOCAL_FUZZ_SECONDS:-30}
log "Fuzzing the importers for $fuzz_seconds s per target"
fuzz_start=$SECONDS
if timeout 15m tools/fuzz/run.sh "$fuzz_seconds"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
log "Fuzzing took $((SECONDS - fuzz_start)) s"

finish
