#!/usr/bin/env bash
# Time and peak memory of the documents: a full 申请书 as DOCX and PDF, a 100-row 推荐汇总表.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset native --target sxpool_documents_bench >/dev/null
out=$(mktemp -d)
for args in "docx $out/book.docx" "pdf $out/book.pdf" "xlsx $out/summary.xlsx 100"; do
  /usr/bin/time -f "  %e s, peak %M KB" build/native/bench/sxpool_documents_bench $args
done
rm -rf "$out"
