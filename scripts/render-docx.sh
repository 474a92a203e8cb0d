#!/usr/bin/env bash
# Renders the O25 document of the built-in sample (อบต.บ้านกุ่ม, FY 2568) with the fixture plan to PNG, so a person can
# look at what `ita document o25` writes: .docx → PDF → PNG (first page) with LibreOffice headless.
#
#   scripts/render-docx.sh [file.docx] [out.png]
#
# Without arguments it generates the O25 .docx and writes docs/images/o25-bankum.png (the picture in docs/documents.md).
# Installs Debian's libreoffice-writer-nogui and a Thai font (fonts-tlwg-loma, the fallback the documents declare for
# TH Sarabun New) with apt-get when soffice is missing (needs root), and poppler-utils for a small PNG.
set -euo pipefail
cd "$(dirname "$0")/.."

docx=${1:-}
png=${2:-docs/images/o25-bankum.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-tlwg-loma poppler-utils
fi

if [ -z "$docx" ]; then
  docx="$work/o25-bankum.docx"
  dotnet run --project src/Ita.Cli -c Release -- document o25 \
    --plan tests/Ita.Model.Tests/Fixtures/measures/bankum-2569-plan.json --thai-digits --out "$docx"
fi

# LibreOffice needs a writable profile directory.
HOME="$work" soffice --headless --norestore --convert-to pdf --outdir "$work" "$docx" >/dev/null
pdf="$work/$(basename "${docx%.*}").pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "${png%.png}"
echo "wrote $png ($(du -k "$png" | cut -f1) kB) from $docx"
