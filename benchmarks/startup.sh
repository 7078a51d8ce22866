#!/usr/bin/env bash
# Times the leadrules tool from launch to its first scored row, and to the end of the run, over the 50 sample leads:
# prints each run and the medians. Build first: dotnet build LeadRules.sln -c Release
#   benchmarks/startup.sh [RUNS] [DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
dll=${2:-src/LeadRules.Cli/bin/Release/net10.0/LeadRules.Cli.dll}
test -f "$dll" || { echo "no $dll: build with 'dotnet build LeadRules.sln -c Release' first" >&2; exit 1; }

firsts=() totals=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  read -r first total < <(dotnet "$dll" score --in samples/leads.ndjson --as-of 2026-11-01T00:00:00Z 2>/dev/null | {
    IFS= read -r _header; IFS= read -r _row; first=$(date +%s%N)
    cat >/dev/null; echo "$first $(date +%s%N)"; })
  firsts+=($(( (first - start) / 1000000 ))) totals+=($(( (total - start) / 1000000 )))
  echo "run $i: first row ${firsts[-1]} ms, whole run ${totals[-1]} ms"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median of $runs runs: first row $(median "${firsts[@]}") ms, whole run $(median "${totals[@]}") ms ($dll)"
