#!/usr/bin/env bash
# ./cchc report-pdf [--period KEY] [--scope KEY] [DIR]: writes a satisfaction report (last month, the province,
# unless told otherwise) and renders it to PDF with LibreOffice headless, so that people can look at its pages.
# Not a test, and not part of ./cchc test: LibreOffice is heavy.
#
# The database: the one configured (CCHC_DATABASE or ConnectionStrings__Cchc), else the private cluster of a running
# `./cchc up`, else a private demo database made for this run in /tmp (migrated, sample catalog, demo responses
# over 13 months) and deleted afterwards. Files go to DIR (default .cchc/reports): the .docx, .xlsx, .html, the
# .pdf and, when pdftoppm is there, a PNG of each of the first pages. Last line: the PDF's path.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION="${CCHC_CONFIGURATION:-Release}"
PG_PORT_UP="${CCHC_PG_PORT:-55432}"

say() { printf '\033[1mreport-pdf:\033[0m %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
# shellcheck source=scripts/lib/dotnet-hosts.sh
source "$ROOT/scripts/lib/dotnet-hosts.sh"

ARGS=()
OUT="$ROOT/.cchc/reports"
while [ $# -gt 0 ]; do
  case "$1" in
    --period|--scope) [ $# -ge 2 ] || die "$1 needs a value"; ARGS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (--period KEY, --scope KEY)" ;;
    *) OUT="$1"; shift ;;
  esac
done
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# LibreOffice draws Times New Roman with Liberation Serif; only version 2 (fonts-liberation2) has every Vietnamese
# letter: with version 1 alone, letters such as ờ and ắ come out in another font.
command -v soffice >/dev/null || apt_install --no-install-recommends libreoffice-writer-nogui
apt_install --no-install-recommends fonts-liberation fonts-liberation2

up_cluster_running() {
  local state="${CCHC_STATE:-$ROOT/.cchc}"
  [ -f "$state/pg-home" ] && PG_BIN="$(pg_bin)" && pg_cluster_running "$(cat "$state/pg-home")"
}

if [ -n "${CCHC_DATABASE:-}" ] || [ -n "${ConnectionStrings__Cchc:-}" ] || up_cluster_running; then
  if [ -z "${CCHC_DATABASE:-}" ] && [ -z "${ConnectionStrings__Cchc:-}" ]; then
    say "using the private PostgreSQL of ./cchc up (port $PG_PORT_UP)"
    ConnectionStrings__Cchc="$(pg_database_url "$PG_PORT_UP")"
    export ConnectionStrings__Cchc
  fi
  [ -n "${CCHC_DATABASE:-}" ] && export ConnectionStrings__Cchc="$CCHC_DATABASE"
  build
  WORK="$(mktemp -d /tmp/cchc-report.XXXXXX)"
  trap 'rm -rf "$WORK"' EXIT
else
  say "no running database: a private demo database for this run"
  # shellcheck source=bench/private-database.sh
  source "$ROOT/bench/private-database.sh"
  say "seeding demo responses over 13 months"
  DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development jobs_command seed-demo --months 13 >>"$WORK/jobs.log" 2>&1 \
    || { tail -n 20 "$WORK/jobs.log" >&2; die "seed-demo failed"; }
  ARGS+=(--fold-pending)
fi

say "writing the report"
jobs_command write-report "$OUT" "${ARGS[@]}" > "$WORK/report.out" || { cat "$WORK/report.out" >&2; die "write-report failed"; }
cat "$WORK/report.out" >&2
DOCX="$(tail -n 1 "$WORK/report.out")"
[ -f "$DOCX" ] || die "no document was written"

say "rendering with LibreOffice"
# A profile of its own, so that a desktop LibreOffice of the same user is neither needed nor disturbed.
soffice -env:UserInstallation="file://$WORK/libreoffice" --headless --convert-to pdf --outdir "$OUT" "$DOCX" >&2 \
  || die "LibreOffice could not convert $DOCX"
PDF="${DOCX%.docx}.pdf"
[ -f "$PDF" ] || die "LibreOffice wrote no PDF"
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 70 -f 1 -l 4 "$PDF" "${PDF%.pdf}-page"
  say "first pages as PNG: ${PDF%.pdf}-page-*.png"
fi
echo "$PDF"
