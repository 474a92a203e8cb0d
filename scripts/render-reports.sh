#!/usr/bin/env bash
# Renders each approved HTML report (tests/Ita.Model.Tests/Approved/*.approved.html) with headless Chromium at 1280
# and 390 px wide into docs/images/reports/NAME-1280.png and NAME-390.png, for docs/reports.md and for looking at
# them. Installs Debian's chromium and fonts-thai-tlwg with apt-get when missing (needs root or sudo).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/images/reports"
mkdir -p "$out"
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'tlwg\|garuda\|loma'; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -q
  $sudo_cmd apt-get install -y -q --no-install-recommends chromium fonts-thai-tlwg
fi
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for page in "$root"/tests/Ita.Model.Tests/Approved/*.approved.html; do
  name="$(basename "$page" .approved.html)"
  for width in 1280 390; do
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
      --window-size="$width,2400" --screenshot="$out/$name-$width.png" "file://$page" >/dev/null 2>&1
    echo "$out/$name-$width.png"
  done
done
