#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Chromium (e2e), LibreOffice
# (.docx from another producer, PDF of annotated copies), xmllint (manifest), poppler (PDF pages)
# and a CJK font (so screenshots and PDFs show Chinese). Does nothing when all are present.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages the tests need: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Not root: run  sudo apt-get install -y ${need[*]}  and try again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
