#!/usr/bin/env bash
# Whole-process timing, measured from outside as a user runs it (Release build, best of N runs):
#  - start-up: `mcred check` (the installed tool) of a one-file workspace against an empty .NET console program;
#  - work: `mcred check` on generated workspaces against a minimal System.Text.Json program reading the same content.
#   tests/Mcred.Benchmarks/whole-process.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
work="${WORK:-/tmp/mcred-whole}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/tests/Mcred.Benchmarks" -c Release --nologo -v q >/dev/null
bench="$root/tests/Mcred.Benchmarks/bin/Release/net10.0/Mcred.Benchmarks.dll"

best() { # best wall time in ms of a command over $runs runs
  local min=999999999
  for _ in $(seq "$runs"); do
    local t0; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; local t1; t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 )); [ "$ms" -lt "$min" ] && min=$ms
  done
  echo "$min"
}

rm -rf "$work"; mkdir -p "$work/one" "$work/empty-console"

# mcred as users run it: the packed tool, installed (on linux-x64 its ReadyToRun package), from a private feed and cache.
dotnet pack "$root/src/Mcred.Cli" -c Release -o "$work/feed" -p:Version=0.0.0-measure --nologo -v q >/dev/null
printf '<configuration><packageSources><clear /><add key="feed" value="%s" /></packageSources></configuration>\n' "$work/feed" > "$work/nuget.config"
(cd "$work" && NUGET_PACKAGES="$work/nuget" dotnet tool install Mcred.Cli --version 0.0.0-measure --tool-path "$work/tool" >/dev/null)
mcred="$work/tool/mcred"
printf 'category c {\n  type soft\n}\n' > "$work/one/plan.mcred"
# The empty console program: what any .NET program pays to start.
cat > "$work/empty-console/empty-console.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>
XML
echo 'return 0;' > "$work/empty-console/Program.cs"
dotnet build "$work/empty-console" -c Release --nologo -v q >/dev/null
empty="$work/empty-console/bin/Release/net10.0/empty-console.dll"

e=$(best dotnet "$empty"); s=$(best "$mcred" check "$work/one")
echo "start-up: empty console ${e} ms, mcred check of one file ${s} ms, ratio $(awk "BEGIN{printf \"%.2f\", $s/$e}")"
for skills in 3000 32000; do
  dotnet "$bench" --generate "$skills" "$work/ws$skills" >/dev/null
  mv "$work/ws$skills/workspace.json" "$work/ws$skills.json"
  c=$(best "$mcred" check "$work/ws$skills" --fail-on none)
  j=$(best dotnet "$bench" --parse-json "$work/ws$skills.json")
  echo "$skills skills: mcred check ${c} ms, json program ${j} ms, ratio $(awk "BEGIN{printf \"%.2f\", $c/$j}")"
done

# The language server as an editor meets it: the installed tool's `mcred lsp` over stdio, the time from an edit to
# its diagnostic (first edit after opening a file, then the median of later ones) against a whole-process check.
for skills in 1000 32000; do
  dotnet "$bench" --lsp-latency "$mcred" "$skills" 20
done

