#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian/Ubuntu machine: Debian's Chromium (for the
# end-to-end suite; never a browser download), xmllint (offline manifest validation) and
# LibreOffice Calc without its GUI (the result-workbook tests open every result with it; the proposal, rate card and chart
# tests print to PDF), poppler's pdfinfo and pdftoppm (page counts, and pixels of the printed charts and rate card), then the
# npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
