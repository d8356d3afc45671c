#!/bin/sh
# Validates manifest.xml offline with xmllint against the Office add-in XSDs in schemas/office/
# (see schemas/office/README.md for where they come from). `office-addin-manifest validate`
# would post the manifest to an online service instead.
set -eu
cd "$(dirname "$0")/.."
manifest="${1:-manifest.xml}"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint is missing: install it with 'apt-get install libxml2-utils' (Debian/Ubuntu) or 'brew install libxml2' (macOS)." >&2
  exit 2
fi
xmllint --noout --nonet --schema schemas/office/OfficeAppManifestV1_1.xsd "$manifest"
