#!/usr/bin/env bash
# Fuzz the mcred core with AFL++ and SharpFuzz (outside CI).
#   tests/fuzz/run.sh [SECONDS]      default 600
# Installs AFL++ (Debian) and the SharpFuzz tool if missing, instruments the core, seeds the corpus from the
# repository's fixtures and examples, runs afl-fuzz, and prints the figures for docs/reliability.md.
# A finding is a file in out/default/crashes/: replay it with
#   dotnet tests/fuzz/McredFuzz/bin/Release/net10.0/McredFuzz.dll FILE
# then copy it to tests/Mcred.Reliability.Tests/Regressions/ so CI keeps checking it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-600}"
work="${FUZZ_WORK:-/tmp/mcred-fuzz}"

command -v afl-fuzz >/dev/null || { apt-get update -qq && apt-get install -y -qq afl++ >/dev/null; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine >/dev/null

dotnet build "$here/McredFuzz/McredFuzz.csproj" -c Release -o "$work/bin" --nologo -v q
sharpfuzz "$work/bin/Mcred.dll"
sharpfuzz "$work/bin/Sprache.dll"

rm -rf "$work/in" "$work/out"; mkdir -p "$work/in"
i=0
for f in "$root"/tests/Mcred.Tests/Fixtures/*.mcred "$root"/examples/*/*.mcred "$root"/tests/Mcred.Reliability.Tests/Regressions/*; do
  [ -f "$f" ] || continue
  # AFL works best with small seeds.
  head -c 4096 "$f" > "$work/in/seed-$i"; i=$((i+1))
done

# SharpFuzz instruments the managed assemblies, not the dotnet host, so AFL must not look for it in the binary.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
timeout "$seconds" afl-fuzz -i "$work/in" -o "$work/out" -t 5000 -m none -- dotnet "$work/bin/McredFuzz.dll" || true

stats="$work/out/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$stats"
fi
ls "$work/out/default/crashes" 2>/dev/null | grep -v README || echo "no crashes"
