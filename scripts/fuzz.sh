#!/usr/bin/env bash
# Runs every cargo-fuzz target for a while, seeded from the fixtures.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      (default 60)
# Needs cargo-fuzz (cargo install cargo-fuzz). On a stable toolchain the targets build without
# a sanitizer (-s none): libFuzzer's coverage guidance still works and Rust's own checks
# (bounds, overflow in debug assertions) catch the errors. On nightly, drop `-s none` for ASan.
# A crash leaves its input in fuzz/artifacts/TARGET/; copy it to fuzz/regressions/TARGET/ and
# `cargo test --test it fuzz_regressions` replays it on every run.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-60}"
mkdir -p corpus/docx corpus/xlsx corpus/pdf corpus/html corpus/front_matter corpus/standard \
  corpus/pdf_content corpus/xlsx_shared_strings
# Seeds: the fixtures' files of each format, named by content so reruns do not duplicate them.
seed() {
  local target="$1"; shift
  find ../fixtures "$@" -print0 | while IFS= read -r -d '' f; do
    cp "$f" "corpus/$target/$(sha256sum "$f" | cut -c1-16)"
  done
}
seed docx \( -name '*.docx' -o -name '*.wps' \)
seed xlsx \( -name '*.xlsx' -o -name '*.et' -o -name '*.xls' \)
seed pdf -name '*.pdf'
seed html \( -name '*.html' -o -name '*.doc' \)
seed front_matter \( -name '*.md' -o -name '*.meta.yaml' \)
cp ../standards/examples/city-100.yaml corpus/standard/city-100.yaml
# The content parser and the shared strings alone: a text page, and the strings of each workbook.
printf 'BT /F1 12 Tf 72 700 Td (2024) Tj [(A) -120 (B)] TJ ET q 1 0 0 1 0 0 cm Q' > corpus/pdf_content/text
find ../fixtures -name '*.xlsx' -print0 | while IFS= read -r -d '' f; do
  unzip -p "$f" xl/sharedStrings.xml > "corpus/xlsx_shared_strings/$(sha256sum "$f" | cut -c1-16)" 2>/dev/null || true
done
cargo fuzz build -O -s none
for target in docx xlsx pdf html front_matter standard pdf_content xlsx_shared_strings; do
  echo "== $target (${secs}s)"
  max_len=65536
  [ "$target" = standard ] && max_len=262144
  cargo fuzz run -O -s none "$target" -- -max_total_time="$secs" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 2>&1 \
    | grep -E '^#[0-9]+ +DONE|Done [0-9]+ runs|ERROR|panicked|SUMMARY|Test unit written' || true
done
