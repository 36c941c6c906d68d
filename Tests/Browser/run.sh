#!/usr/bin/env bash
# Browser tests: the workshop handout (`report to:`) in headless Chromium, for the built-in
# scenario and for a book of two scenarios (base and a bull case). In a window as wide as A4's
# printable width (210mm less 15mm margins each side), nothing may reach past the right edge
# and every chart (svg) must have a size; printed to PDF, the pages must be A4. Screenshots and
# PDFs stay in Tests/Browser/out (ignored by git) to be looked at.
set -uo pipefail
cd "$(dirname "$0")/../.."

BIN=${TRANCHE_BIN:-.build/debug/tranche}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
    echo "Tests/Browser: SKIPPED: Chromium is not installed (apt-get install chromium; scripts/setup does as root)"
    exit 0
fi
[ -x "$BIN" ] || { echo "Tests/Browser: $BIN is missing; run swift build first" >&2; exit 1; }
OUT=Tests/Browser/out
rm -rf "$OUT" && mkdir -p "$OUT"
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
passed=0 failed=0
check() {  # check NAME COMMAND...: passes when COMMAND succeeds
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "  ok   $name"
    else failed=$((failed + 1)); echo "  FAIL $name"; fi
}
# A4 is 210mm; the handout prints with 15mm margins: 180mm at 96 px an inch is 680 px.
A4_PRINTABLE_PX=680
browse() {  # browse ARGS...: headless Chromium, quietly, with its own profile
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$PROFILE" "$@" 2>/dev/null
}
field() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

echo "Tests/Browser: the handout in $($chromium --version 2>/dev/null | head -1)"
"$BIN" -e "report to: \"$OUT/base.html\"" >/dev/null
"$BIN" -e "scenario bull from: base
price path growth from: \$203.71 on: 2025-10-06 rate: 45%
report to: \"$OUT/bull.html\"" >/dev/null
check "report to: wrote the base and bull handouts" test -s "$OUT/base.html" -a -s "$OUT/bull.html"
# Two deals on one price, a drawn slip (what binds), and a comparison with the scenario copied from.
"$BIN" -e "load \"amd-both\"
scenario late from: base
deal Meta
phase M3 slip: triangular(0mo, 3mo, 12mo)
report to: \"$OUT/both.html\" compare: base paths: 10k" >/dev/null
check "report to: wrote the two-deal handout" test -s "$OUT/both.html"
check "the two-deal handout has the deals side by side, what binds and the comparison" bash -c \
    "grep -q 'The deals side by side' '$OUT/both.html' && grep -q 'What binds, deal Meta' '$OUT/both.html' \
    && grep -q 'Two scenarios compared' '$OUT/both.html' && grep -q 'Deal economics' '$OUT/both.html'"

for name in base bull both; do
    page=$PWD/$OUT/$name.html
    # A copy with the measuring script at the end of its body; the handout itself has none.
    sed "s|</body>|<script src=\"file://$PWD/Tests/Browser/measure.js\"></script></body>|" "$page" \
        >"$OUT/$name.measure.html"
    dom=$(browse --window-size=$A4_PRINTABLE_PX,1200 --virtual-time-budget=2000 --dump-dom \
        "file://$PWD/$OUT/$name.measure.html")
    json=$(python3 -c 'import html, re, sys
m = re.search(r"<pre id=\"measure\">(.*?)</pre>", sys.stdin.read(), re.S)
print(html.unescape(m.group(1)) if m else "{}")' <<<"$dom")
    echo "  $name: $json"
    check "$name: the page was laid out ${A4_PRINTABLE_PX}px wide" \
        test "$(field "$json" width 2>/dev/null)" = $A4_PRINTABLE_PX
    check "$name: no horizontal scrolling at A4 width" \
        test "$(field "$json" scrollWidth 2>/dev/null)" -le $A4_PRINTABLE_PX
    check "$name: no element reaches past A4's printable width" test "$(field "$json" overflowing)" = "[]"
    charts=$(field "$json" charts 2>/dev/null)
    check "$name: three charts ($charts)" test "$(python3 -c 'import sys; print(len(eval(sys.argv[1])))' "$charts")" = 3
    check "$name: every chart has a size" python3 -c '
import sys
for size in eval(sys.argv[1]):
    w, h = map(int, size.split("x"))
    assert w > 100 and h > 50, size' "$charts"

    browse --no-pdf-header-footer --print-to-pdf="$OUT/$name.pdf" "file://$page"
    info=$(pdfinfo "$OUT/$name.pdf" 2>/dev/null)
    pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
    check "$name: printed to PDF ($pages pages)" test "${pages:-0}" -ge 2
    check "$name: every page is A4 ($(grep '^Page size' <<<"$info" | tr -s ' '))" \
        bash -c "pdfinfo -f 1 -l $pages '$OUT/$name.pdf' | grep '^Page.*size' | grep -v 'A4' | wc -l | grep -qx 0"
    # Pictures to look at: the top of the page on screen, and the printed pages.
    browse --window-size=$A4_PRINTABLE_PX,1400 --screenshot="$PWD/$OUT/$name-screen.png" "file://$page"
    pdftoppm -png -r 60 "$OUT/$name.pdf" "$OUT/$name-page"
    check "$name: screenshots saved" test -s "$OUT/$name-screen.png" -a -n "$(ls "$OUT/$name"-page-*1.png 2>/dev/null)"
done
check "the bull handout differs from the base one" bash -c "! cmp -s '$OUT/base.html' '$OUT/bull.html'"
check "the bull handout names its scenario" grep -q "Scenario <strong>bull</strong>" "$OUT/bull.html"

echo "browser: $passed passed, $failed failed (pictures in $OUT)"
[ "$failed" -eq 0 ]
