#!/usr/bin/env bash
# Runs the zicha commands of the README's CI examples (the blocks after `<!-- ci-example: … -->`)
# on a copy of the sample archive, as a pipeline would, and checks exit codes and files:
#   1. the sample as it is (no gate)            → exit 0, a complete JUnit file and SARIF;
#   2. a gate the sample does not meet           → exit 1 from the gating command, files complete;
#   3. a malformed zicha.yaml (a tool error)     → exit 2 and an empty report, never a pass.
#   scripts/ci-examples.sh [path/to/zicha]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(cd "$(dirname "${1:-$repo/target/release/zicha}")" && pwd)"
export PATH="$bin:$PATH"
export ZICHA_LANG=zh

# `run: zicha …` (GitHub) and `- zicha …` (GitLab) lines of the example blocks.
mapfile -t commands < <(awk '/<!-- ci-example:/{on=1; next} on && /^```$/ && seen{on=0; seen=0; next} on && /^```/{seen=1; next} on' "$repo/README.md" \
  | sed -n -E 's/^\s*(- )?(run: )?(zicha .*)$/\3/p')
[ "${#commands[@]}" -ge 3 ] || { echo "ci-examples: found ${#commands[@]} commands in README" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/fixtures/sample" "$work/archive"
cd "$work/archive"

check_reports() {
  python3 - "$1" "$2" <<'PY'
import json, sys, xml.etree.ElementTree as ET
cases = [c for c in ET.parse("zicha-junit.xml").getroot().iter("testcase")
         if c.get("classname") != "zicha.gate"]
assert len(cases) == 50, f"{len(cases)} indicator test cases"
gate = [c for c in ET.parse("zicha-junit.xml").getroot().iter("testcase")
        if c.get("classname") == "zicha.gate"]
if sys.argv[2] == "gate-fails":
    assert gate and any(c.find("failure") is not None for c in gate), "the gate's failure is a test case"
else:
    assert not gate, "no gate, no gate test case"
if sys.argv[1] == "sarif":
    sarif = json.load(open("zicha.sarif"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"], "SARIF"
PY
}

run_all() {  # expected exit code of the gating commands
  local expected="$1" cmd code
  for cmd in "${commands[@]}"; do
    set +e
    bash -o pipefail -c "$cmd"
    code=$?
    set -e
    case "$cmd" in
      *"|| test"*) [ "$code" -eq 0 ] || { echo "ci-examples: '$cmd' exited $code" >&2; exit 1; } ;;
      *) [ "$code" -eq "$expected" ] || { echo "ci-examples: '$cmd' exited $code, expected $expected" >&2; exit 1; } ;;
    esac
  done
}

run_all 0
check_reports sarif no-gate
echo "ci-examples: ${#commands[@]} commands pass on the sample (exit 0)"

printf 'gate:\n  min_score: 99\n  no_zero_indicators: true\n' >> zicha.yaml
run_all 1
check_reports sarif gate-fails
echo "ci-examples: a gate the sample misses fails them (exit 1) with complete reports"

printf 'gate: [not, a, gate]\n' >> zicha.yaml
set +e
bash -c "${commands[0]}"
code=$?
set -e
[ "$code" -eq 2 ] && [ ! -s zicha-junit.xml ] || { echo "ci-examples: a tool error gave exit $code" >&2; exit 1; }
echo "ci-examples: a malformed zicha.yaml is a tool error (exit 2, empty report)"
