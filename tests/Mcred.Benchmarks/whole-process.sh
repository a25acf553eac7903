#!/usr/bin/env bash
# Whole-process timing: `mcred check` on generated workspaces against a minimal System.Text.Json program on the same
# content, each minus its own start-up (measured on an empty input). Best of N runs.
#   tests/Mcred.Benchmarks/whole-process.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
work="${WORK:-/tmp/mcred-whole}"
dotnet build "$root/src/Mcred.Cli" -c Release --nologo -v q
dotnet build "$root/tests/Mcred.Benchmarks" -c Release --nologo -v q
cli="$root/src/Mcred.Cli/bin/Release/net10.0/Mcred.Cli.dll"
bench="$root/tests/Mcred.Benchmarks/bin/Release/net10.0/Mcred.Benchmarks.dll"

best() { # best wall time in ms of a command over $runs runs
  local min=999999999
  for _ in $(seq "$runs"); do
    local t0; t0=$(date +%s%N); "$@" >/dev/null || true; local t1; t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 )); [ "$ms" -lt "$min" ] && min=$ms
  done
  echo "$min"
}

rm -rf "$work"; mkdir -p "$work/empty"; echo '{}' > "$work/empty.json"
cli_start=$(best dotnet "$cli" check "$work/empty")
json_start=$(best dotnet "$bench" --parse-json "$work/empty.json")
echo "start-up: mcred check ${cli_start} ms, json program ${json_start} ms"
for skills in 3000 32000; do
  dotnet "$bench" --generate "$skills" "$work/ws$skills" >/dev/null
  mv "$work/ws$skills/workspace.json" "$work/ws$skills.json"
  c=$(best dotnet "$cli" check "$work/ws$skills")
  j=$(best dotnet "$bench" --parse-json "$work/ws$skills.json")
  cw=$((c - cli_start)); jw=$((j - json_start)); [ "$jw" -lt 1 ] && jw=1
  echo "$skills skills: mcred check ${c} ms (${cw} ms of work), json ${j} ms (${jw} ms of work), ratio $(awk "BEGIN{printf \"%.1f\", $cw/$jw}")"
done
