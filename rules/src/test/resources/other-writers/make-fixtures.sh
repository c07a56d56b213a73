#!/usr/bin/env bash
# Writes every shipped decision table again with two spreadsheet writers other than Apache POI,
# opened and saved without an edit, into this directory:
#   openpyxl/<name>.drl.xlsx     Python's openpyxl (Debian python3-openpyxl): inline strings, and no
#                                cell element for the cells a merged range covers
#   libreoffice/<name>.drl.xlsx  LibreOffice Calc headless (Debian libreoffice-calc),
#                                soffice --headless --convert-to xlsx
# OtherSpreadsheetWritersTest reads these fixtures, and writes the tables again itself when the
# writers are installed (bin/test installs both). Run from anywhere:
#   rules/src/test/resources/other-writers/make-fixtures.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tables="$here/../../../main/resources/rulesets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/openpyxl" "$here/libreoffice"
for table in "$tables"/*/*.drl.xlsx; do
  name="$(basename "$table")"
  /usr/bin/python3 - "$table" "$here/openpyxl/$name" <<'PY'
import sys, warnings
import openpyxl
warnings.simplefilter("ignore")
openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])
PY
  # soffice names its output after the input's last extension only: copy to a plain .xlsx first
  cp "$table" "$work/${name%.drl.xlsx}.xlsx"
  soffice --headless -env:UserInstallation="file://$work/profile" --convert-to xlsx \
      --outdir "$work/out" "$work/${name%.drl.xlsx}.xlsx" > /dev/null 2>&1
  cp "$work/out/${name%.drl.xlsx}.xlsx" "$here/libreoffice/$name"
done
ls -l "$here/openpyxl" "$here/libreoffice"
