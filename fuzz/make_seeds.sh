#!/usr/bin/env bash
# fuzz/make_seeds.sh BUILD_DIR: the seed corpora in BUILD_DIR/seeds/<target>, regenerated from the repository's demo
# and test data each time (nothing of it is committed but fuzz/seeds/ and fuzz/regressions/):
#   application  the demo's sample applications (fuzz_seeds) and the test folders' application documents
#   wire         one default and some filled bodies per decoder (fuzz_seeds), the request bodies of
#                tests/integration/data/bad_inputs.tsv and the JSON texts of tests/unit/api_*_test.cpp (each given
#                to the decoders in turn)
#   csv          assets/data/*.csv (holidays with selector 0; the three divisions tables, '\f'-separated, selector 1)
#   upload       fuzz/seeds/upload (file heads and names)
#   fields       one value of each field kind (fuzz_seeds)
# Also BUILD_DIR/seeds/json.dict: fuzz/json.dict plus every quoted key of shared/src/api and shared/src/json.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?用法：fuzz/make_seeds.sh 构建目录}
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{application,wire,csv,upload,fields}
"$build/fuzz/fuzz_seeds" "$seeds" >/dev/null

selectors=$(cat "$seeds/wire_selectors")  # kWireSelectors in fuzz/wire_types.hpp
rm "$seeds/wire_selectors"
n=0
add_wire() {  # body text → one seed with the next selector
  printf '%b' "\\x$(printf '%02x' $((n % selectors)))" >"$seeds/wire/body_$n"
  printf '%s' "$1" >>"$seeds/wire/body_$n"
  n=$((n + 1))
}
while IFS=$'\t' read -r who method path type body rest; do
  case "$who" in '#'*|'') continue ;; esac
  case "$body" in -|@*) continue ;; esac
  add_wire "$body"
done <"$here/tests/integration/data/bad_inputs.tsv"
while IFS= read -r text; do add_wire "$text"; done < <(grep -ho 'R"([^)]*)"' "$here"/tests/unit/api_*_test.cpp |
  sed -E 's/^R"\((.*)\)"$/\1/')

{ printf '\x00'; cat "$here/assets/data/holidays.csv"; } >"$seeds/csv/holidays"
{ printf '\x01'; cat "$here/assets/data/shanxi_cities.csv"; printf '\f'; cat "$here/assets/data/shanxi_divisions.csv"
  printf '\f'; cat "$here/assets/data/shanxi_phone_area_codes.csv"; } >"$seeds/csv/divisions"
{ printf '\x00'; printf 'date,kind,name\n2026-01-01,holiday,"元旦"\n2026-02-14,workday,"春节调休"\r\n'; } >"$seeds/csv/quoted"

cp "$here"/fuzz/seeds/upload/* "$seeds/upload/"

{ cat "$here/fuzz/json.dict"
  grep -ho '"[a-zA-Z_][a-zA-Z0-9_]*"' "$here"/shared/src/api/*.cpp "$here"/shared/src/json/*.cpp | sort -u
} >"$seeds/json.dict"
echo "[fuzz] 种子语料：$(find "$seeds" -type f | wc -l) 个文件，在 $seeds"
