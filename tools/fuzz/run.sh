#!/usr/bin/env bash
# A bounded AFL++ run over Glocal's importers through SharpFuzz.
#
#   tools/fuzz/run.sh                 # 60 s for each target: table, cases, statistics
#   tools/fuzz/run.sh 600 cases       # 10 minutes on the case-history reader only
#
# Targets (tools/Glocal.Fuzz): "table" = TableReader (CSV in UTF-8/CP949, XLSX), "cases" = the streamed
# case-history reader and row checks, "statistics" = every public-statistics parser. A finding is any exception
# other than a coded ImportRejectedException, a crash or a hang. Findings are kept in $FUZZ_DIR/<target>/default/
# crashes and replayed in-process at the end with their stack; the script exits 1 if there is any.
# Installs afl++ (apt) and the sharpfuzz instrumenter (dotnet tool) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(table cases statistics)
FUZZ_DIR=${FUZZ_DIR:-/var/tmp/glocal-fuzz}
mkdir -p "$FUZZ_DIR"

if ! command -v afl-fuzz >/dev/null; then
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
if [[ ! -x "$FUZZ_DIR/tool/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$FUZZ_DIR/tool" >/dev/null
fi

# Build, then instrument a private copy of the importers' assembly (in place, as sharpfuzz does).
dotnet build tools/Glocal.Fuzz -c Release -v:q --nologo >/dev/null
work="$FUZZ_DIR/bin"
rm -rf "$work"; cp -r tools/Glocal.Fuzz/bin/Release/net10.0 "$work"
"$FUZZ_DIR/tool/sharpfuzz" "$work/Glocal.Core.dll" >/dev/null

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
findings=0
for target in "${targets[@]}"; do
  out="$FUZZ_DIR/$target"
  rm -rf "$out"
  echo "==> fuzzing $target for $seconds s"
  afl-fuzz -i "tools/fuzz/corpus/$target" -o "$out" -V "$seconds" -t 10000 -m none -- dotnet "$work/Glocal.Fuzz.dll" "$target" >"$out.log" 2>&1 || {
    tail -n 20 "$out.log"; echo "afl-fuzz did not run for $target"; exit 2; }
  stats="$out/default/fuzzer_stats"
  execs=$(awk -F': *' '/^execs_done/{print $2}' "$stats"); paths=$(awk -F': *' '/^corpus_count/{print $2}' "$stats")
  crashes=$(find "$out/default/crashes" -type f ! -name README.txt | wc -l)
  hangs=$(find "$out/default/hangs" -type f | wc -l)
  echo "    $execs executions, $paths inputs in the corpus, $crashes crashes, $hangs hangs"
  if [[ $crashes -gt 0 ]]; then
    # The uninstrumented build: instrumented code needs the fuzzer's shared memory.
    dotnet tools/Glocal.Fuzz/bin/Release/net10.0/Glocal.Fuzz.dll replay "$out/default/crashes" || true
  fi
  findings=$((findings + crashes + hangs))
done
[[ $findings -eq 0 ]] && echo "fuzz: no findings" || { echo "fuzz: $findings finding(s) in $FUZZ_DIR"; exit 1; }
