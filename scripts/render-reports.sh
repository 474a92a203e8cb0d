#!/usr/bin/env bash
# Renders HTML reports with headless Chromium at 1280 and 390 px wide into full-page PNGs, for docs/reports.md and for
# looking at them: by default each approved HTML report (tests/Ita.Model.Tests/Approved/*.approved.html) into
# docs/images/reports/NAME-1280.png and NAME-390.png. With --pdf DIR each page is also printed to DIR/NAME-a4.pdf
# (A4, the page's print CSS).
#
#   scripts/render-reports.sh [--pdf DIR] [--out DIR] [PAGE.html...]
#
# Needs Chromium (Debian: apt-get install chromium; or CHROMIUM=/path/to/chrome), Node.js 20 or later, and a Thai
# font (Debian: fonts-thai-tlwg; the reports' font stack is TH Sarabun New, Sarabun, Noto Sans Thai, then Laksaman,
# Loma and Garuda from fonts-thai-tlwg).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/images/reports"
pdf=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pdf) pdf="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ]; then set -- "$root"/tests/Ita.Model.Tests/Approved/*.approved.html; fi
browser="${CHROMIUM:-chromium}"
command -v "$browser" >/dev/null 2>&1 || { echo "error: no Chromium ('$browser'); apt-get install chromium, or set CHROMIUM" >&2; exit 1; }
command -v node >/dev/null 2>&1 || { echo "error: Node.js 20 or later is needed" >&2; exit 1; }
if ! fc-list :lang=th family 2>/dev/null | grep -q .; then
  echo "warning: no Thai font installed (apt-get install fonts-thai-tlwg); Thai text will show as boxes" >&2
fi
mkdir -p "$out"
if [ -n "$pdf" ]; then mkdir -p "$pdf"; fi
node_flags=()
if ! node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)'; then node_flags=(--experimental-websocket); fi
CHROMIUM="$browser" node "${node_flags[@]}" "$root/scripts/render-reports.mjs" "$out" 1280,390 "${pdf:--}" "$@"
