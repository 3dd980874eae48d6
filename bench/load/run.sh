#!/usr/bin/env bash
# Load benchmark of Glocal on the national data set, on SQLite and on PostgreSQL.
#
#   bench/load/run.sh                 # both engines, 32 connections, 20 s per target
#   ENGINES=sqlite DURATION=10 bench/load/run.sh
#
# For each engine: generates the national data set once (cached in $BENCH_DIR, default /var/tmp/glocal-bench),
# starts the built server in Production mode, signs in, and runs wrk against each target with the trivial
# /health/live endpoint measured in the same run as the ceiling. Prints a Markdown table per engine (p50/p99
# latency, requests/s, share of the trivial endpoint's throughput) and the server's peak working set, and
# writes them to bench/load/results-<engine>.md for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
ENGINES=${ENGINES:-"sqlite postgres"}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
BENCH_DIR=${BENCH_DIR:-/var/tmp/glocal-bench}
PORT=${PORT:-5199}
SEED=${SEED:-2026}
mkdir -p "$BENCH_DIR"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

for tool in wrk curl; do
  command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk curl >/dev/null; }
done

# The public demo keys of appsettings.Development.json, so a cached data set stays readable between runs
# (synthetic data only; never use these keys for real data).
export PersonalData__ActiveKeyId=demo1 PersonalData__Keys__0__Id=demo1
export PersonalData__Keys__0__Key="QEc/sqY/maCyRBDByZ1yoQlX7MSKZRCu+1bBPUa4d74="
export PersonalData__LookupKey="1dTrdSszOpDZZ3KOoDXR2wJSRmSDYFfsFuLbMyBd/jA="

dotnet build Glocal.slnx -c Release -v:q --nologo >/dev/null
cli=(dotnet "$root/src/Glocal.Cli/bin/Release/net10.0/glocal.dll")
server_dll="$root/src/Glocal.Web/bin/Release/net10.0/Glocal.Web.dll"

pg_pid_dir=""
start_postgres() {
  if [[ -n "${BENCH_PG:-}" ]]; then echo "$BENCH_PG"; return; fi
  local bin; bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_pid_dir="$BENCH_DIR/pg"
  if [[ ! -d "$pg_pid_dir/data" ]]; then
    mkdir -p "$pg_pid_dir"; chown postgres "$pg_pid_dir"
    runuser -u postgres -- "$bin/initdb" -D "$pg_pid_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
  fi
  runuser -u postgres -- "$bin/pg_ctl" -D "$pg_pid_dir/data" -o "-p 55499 -k $pg_pid_dir -c shared_buffers=1GB -c max_connections=200" -l "$pg_pid_dir/log" -w start >/dev/null 2>&1 || true
  echo "Host=127.0.0.1;Port=55499;Username=postgres;Database=glocal_bench"
}
stop_postgres() {
  [[ -n "$pg_pid_dir" ]] || return 0
  local bin; bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  runuser -u postgres -- "$bin/pg_ctl" -D "$pg_pid_dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Signs in through the login form like a browser; prints the Cookie header value.
sign_in() {
  local user=$1 jar=$2 form antiforgery cookie
  rm -f "$jar"
  form=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/Account/Login")
  # The page carries more than one form (sign-in, language), each with the same token: take one.
  antiforgery=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$form" | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=glocal-demo-2026" \
    --data-urlencode "__RequestVerificationToken=$antiforgery" "http://127.0.0.1:$PORT/Account/Login"
  # curl writes HttpOnly cookies (the sign-in cookie is one) as "#HttpOnly_<domain>" lines.
  cookie=$(awk 'NF>=7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) {printf "%s=%s; ", $6, $7}' "$jar")
  [[ $cookie == *glocal.auth=* ]] || { echo "sign-in as $user failed" >&2; exit 1; }
  echo "$cookie"
}

server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; stop_postgres; }
trap cleanup EXIT

# wrk → "p50_ms p99_ms requests_per_s non2xx"
measure() {
  local url=$1; shift
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")
  local p50 p99 rps errors
  p50=$(awk '/^ +50%/{print $2}' <<<"$out"); p99=$(awk '/^ +99%/{print $2}' <<<"$out")
  rps=$(awk '/^Requests\/sec/{print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/{print $NF}' <<<"$out"); errors=${errors:-0}
  echo "$(to_ms "$p50") $(to_ms "$p99") $rps $errors"
}
to_ms() { awk -v v="$1" 'BEGIN{ if (v ~ /us$/) {sub(/us$/,"",v); printf "%.2f", v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); printf "%.2f", v} else {sub(/s$/,"",v); printf "%.2f", v*1000} }'; }

for engine in $ENGINES; do
  if [[ $engine == sqlite ]]; then
    provider=Sqlite; connection="Data Source=$BENCH_DIR/national.db"
  else
    # start_postgres runs in a subshell ($(…)), so the cluster to stop at the end is named here.
    provider=Postgres; connection=$(start_postgres); [[ -n "${BENCH_PG:-}" ]] || pg_pid_dir="$BENCH_DIR/pg"
  fi
  marker="$BENCH_DIR/generated-$engine-$SEED"
  if [[ ! -f $marker ]]; then
    echo "==> Generating the national data set on $engine (once)"
    start=$SECONDS
    "${cli[@]}" demo generate --scale national --seed "$SEED" --provider "$provider" --connection "$connection" | tail -n 2
    echo "$((SECONDS - start))" > "$marker"
  fi

  token=$("${cli[@]}" tokens create --user ansan.lead --name "bench $(date +%s)" --scope residents.read --scope residents.read_personal \
    --scope policies.read --days 1 --provider "$provider" --connection "$connection" | grep '^glc_')
  planner=$("${cli[@]}" tokens create --user ansan.planner --name "bench $(date +%s)" --scope exchanges.read --scope investments.read \
    --scope benchmark.read --scope policies.read --days 1 --provider "$provider" --connection "$connection" | grep '^glc_')

  echo "==> Starting the server on $engine"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" Database__Provider=$provider Database__ConnectionString="$connection" \
    Logging__LogLevel__Default=Warning dotnet "$server_dll" >"$BENCH_DIR/server-$engine.log" 2>&1 &
  server_pid=$!
  until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 1; done

  cookie=$(sign_in ansan.planner "$BENCH_DIR/cookies-$engine-planner")
  lead_cookie=$(sign_in ansan.lead "$BENCH_DIR/cookies-$engine-lead")
  case_id=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$PORT/api/v1/residents/cases?status=Closed&pageSize=1&page=777" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)

  base="http://127.0.0.1:$PORT"
  targets=(
    "trivial (/health/live)|$base/health/live|"
    "dashboard (page)|$base/|cookie"
    "exchanges partner list (page)|$base/Exchanges|cookie"
    "investment projects (page, filtered, sorted)|$base/Investments/Projects?stage=Operating&sort=stage&page=2|cookie"
    "benchmark ranking (page)|$base/Benchmark|cookie"
    "portal home in Vietnamese|$base/portal/41270?lang=vi|"
    "cases API (filters, sort, page 20)|$base/api/v1/residents/cases?status=Closed&category=WageArrears&sort=-opened&page=20&pageSize=50|lead"
    "a case (API, access logged)|$base/api/v1/residents/cases/$case_id|lead"
    "case list (page, filtered, names shown)|$base/Residents?status=Closed&category=WageArrears&page=5|lead_cookie"
    "a case (page, access logged)|$base/Residents/Case/$case_id|lead_cookie"
    "activities API (filters, page 10)|$base/api/v1/exchanges/activities?substantive=true&page=10&pageSize=50|planner"
    "projects API (search, sort)|$base/api/v1/investments/projects?q=project&sort=stage_desc&page=5&pageSize=50|planner"
    "benchmark ranking API|$base/api/v1/benchmark/index|planner"
  )

  peak_file="$BENCH_DIR/peak-$engine"; echo 0 > "$peak_file"
  ( while kill -0 "$server_pid" 2>/dev/null; do
      rss=$(awk '/VmRSS/{print $2}' "/proc/$server_pid/status" 2>/dev/null || echo 0)
      [[ ${rss:-0} -gt $(cat "$peak_file") ]] && echo "$rss" > "$peak_file"
      sleep 0.5
    done ) &
  sampler=$!

  out="bench/load/results-$engine.md"
  {
    echo "### $engine — $(date -u +%Y-%m-%d), $(nproc) cores, $CONNECTIONS connections, ${DURATION} s per target"
    echo
    echo "| target | p50 ms | p99 ms | requests/s | % of trivial | non-2xx |"
    echo "|---|---:|---:|---:|---:|---:|"
  } > "$out"
  trivial_rps=""
  for entry in "${targets[@]}"; do
    IFS='|' read -r name url auth <<<"$entry"
    headers=()
    case $auth in
      cookie) headers=(-H "Cookie: $cookie") ;;
      lead_cookie) headers=(-H "Cookie: $lead_cookie") ;;
      lead) headers=(-H "Authorization: Bearer $token") ;;
      planner) headers=(-H "Authorization: Bearer $planner") ;;
    esac
    status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url")
    # A redirect to sign-in or a 400 would measure the wrong thing fast.
    [[ $status == 200 ]] || { echo "$name answered HTTP $status, not 200: fix the target before measuring" >&2; exit 1; }
    read -r p50 p99 rps errors < <(measure "$url" "${headers[@]}")
    [[ -z $trivial_rps ]] && trivial_rps=$rps
    share=$(awk -v a="$rps" -v b="$trivial_rps" 'BEGIN{printf "%.1f", 100*a/b}')
    echo "| $name (HTTP $status) | $p50 | $p99 | $rps | $share | $errors |" | tee -a "$out"
  done
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  kill "$sampler" 2>/dev/null || true
  echo >> "$out"
  echo "Server peak working set: $(( $(cat "$peak_file") / 1024 )) MB. Data set generated in $(cat "$marker") s." | tee -a "$out"
  if [[ $engine == postgres ]]; then stop_postgres; fi
done
