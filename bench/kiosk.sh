#!/usr/bin/env bash
# ./cchc bench kiosk: counter tablets sending their taps in batches to POST /api/kiosks/responses.
#
# On the private database of bench/private-database.sh, starts the Api (Production settings, rate limits
# raised), then bench/KioskBench pairs BENCH_DEVICES (200) kiosks and every one sends BENCH_TAPS_PER_DEVICE (60)
# taps in batches of BENCH_BATCH_SIZE (10), all devices at once, every third batch sent twice (a lost answer).
# A benchmark, not a test: it fails only on errors or on a tap not stored exactly once, never on speed.
# Last line: kiosk: R taps/s, p99 B ms, stored S of T
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION=Release

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

command -v curl >/dev/null || die "curl is missing"

# shellcheck source=bench/private-database.sh
source "$ROOT/bench/private-database.sh"

dotnet build "$ROOT/bench/KioskBench" -c "$CONFIGURATION" -nologo -clp:"ErrorsOnly;NoSummary" -v:quiet >&2 \
  || die "the benchmark did not build"

start_api

(cd "$ROOT/bench/KioskBench" && BENCH_API_URL="$API_URL" dotnet "bin/$CONFIGURATION/net10.0/CchcFeedback.Bench.Kiosk.dll")
