#!/usr/bin/env bash
# Times the bulk load of a 1,000,000-row case history on SQLite and PostgreSQL, with the peak memory of the
# process (GNU time), into a fresh database each time.
#
#   bench/load/bulk-import.sh            # ROWS=1000000 ENGINES="sqlite postgres"
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
ROWS=${ROWS:-1000000}
ENGINES=${ENGINES:-"sqlite postgres"}
BENCH_DIR=${BENCH_DIR:-/var/tmp/glocal-bench}
mkdir -p "$BENCH_DIR"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
export PersonalData__ActiveKeyId=demo1 PersonalData__Keys__0__Id=demo1
export PersonalData__Keys__0__Key="QEc/sqY/maCyRBDByZ1yoQlX7MSKZRCu+1bBPUa4d74="
export PersonalData__LookupKey="1dTrdSszOpDZZ3KOoDXR2wJSRmSDYFfsFuLbMyBd/jA="
dotnet build src/Glocal.Cli -c Release -v:q --nologo >/dev/null
cli=(dotnet "$root/src/Glocal.Cli/bin/Release/net10.0/glocal.dll")

file="$BENCH_DIR/cases-$ROWS.csv"
if [[ ! -f $file ]]; then
  # A third of the rows name a person (a client is created, name and number sealed), as a centre's export would.
  awk -v n="$ROWS" 'BEGIN {
    split("WageArrears StayVisa DailyLife Housing Medical Severance", cat, " "); split("vi zh-Hans th uz ne km", lang, " ");
    print "reference,opened_on,channel,category,language,interpreter,status,closed_on,name,nationality,registration_number,stay_status";
    for (i = 0; i < n; i++) {
      y = 2016 + i % 10; m = 1 + i % 12; d = 1 + i % 28; named = (i % 3 == 0);
      printf "H-%07d,%d-%02d-%02d,phone,%s,%s,N,closed,%d-%02d-%02d,%s,%s,%s,%s\n", i, y, m, d, cat[1 + i % 6], lang[1 + i % 6], y, m, (d + 5 > 28 ? 28 : d + 5),
        (named ? "Client " i : ""), (named ? "VN" : ""), (named ? sprintf("9%012d", i) : ""), (named ? "E-9" : "");
    } }' > "$file"
fi
echo "File: $ROWS rows, $(( $(stat -c %s "$file") / 1024 / 1024 )) MB"

for engine in $ENGINES; do
  if [[ $engine == sqlite ]]; then
    provider=Sqlite; rm -f "$BENCH_DIR/bulk.db"*; connection="Data Source=$BENCH_DIR/bulk.db"
  else
    provider=Postgres; admin=${BENCH_PG_ADMIN:?"set BENCH_PG_ADMIN to an admin connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres"}
    psql_host=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$admin"); psql_port=$(sed -E 's/.*Port=([^;]+).*/\1/' <<<"$admin")
    runuser -u postgres -- psql -h "$psql_host" -p "$psql_port" -qc "DROP DATABASE IF EXISTS glocal_bulk" -c "CREATE DATABASE glocal_bulk" postgres
    connection="${admin/Database=postgres/Database=glocal_bulk}"
  fi
  "${cli[@]}" migrate --provider "$provider" --connection "$connection" >/dev/null
  echo "==> $engine"
  /usr/bin/time -f "    wall %e s, peak memory %M KB" "${cli[@]}" residents import-cases --municipality 41270 --file "$file" --provider "$provider" --connection "$connection"
done
