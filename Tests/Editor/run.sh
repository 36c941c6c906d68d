#!/usr/bin/env bash
# Editor tests: the grammar under editors/vscode-tranche tokenises every .deal file in the
# repository and gives syntax_test_deal.deal's scopes, in real engines: syntect (the
# sublime-syntax engine of bat, built offline from Debian's crates), bat itself, and VS Code's
# vscode-textmate on vscode-oniguruma (installed with npm by scripts/setup). An engine that cannot
# be had here is skipped with a line saying so.
set -uo pipefail
cd "$(dirname "$0")/../.."

passed=0 failed=0 skipped=0
check() {  # check NAME COMMAND...: passes when COMMAND succeeds
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "  ok   $name"
    else failed=$((failed + 1)); echo "  FAIL $name"; fi
}
skip() { skipped=$((skipped + 1)); echo "  SKIPPED: $*"; }

extension=editors/vscode-tranche
grammar=$extension/syntaxes/deal.tmLanguage.json
tests=Tests/Editor/syntax_test_deal.deal
mapfile -t files < <(find . -name '*.deal' -not -path './.build*' -not -path '*/node_modules/*' \
    -not -path '*/target/*' | sort)
echo "Tests/Editor: $grammar on ${#files[@]} .deal files"

json_ok() { python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$1"; }
check "package.json, language configuration and grammar are JSON" \
    bash -c "$(declare -f json_ok); json_ok $extension/package.json && json_ok $extension/language-configuration.json \
        && json_ok $grammar"
check "package.json names the grammar and the configuration that exist" python3 -c '
import json, os, sys
root = sys.argv[1]
p = json.load(open(os.path.join(root, "package.json")))["contributes"]
assert p["languages"][0]["extensions"] == [".deal"]
assert os.path.exists(os.path.join(root, p["languages"][0]["configuration"]))
g = p["grammars"][0]
assert g["scopeName"] == json.load(open(os.path.join(root, g["path"])))["scopeName"] == "source.deal"
' "$extension"
check "deal.sublime-syntax is the one generated from the grammar" python3 editors/make-sublime-syntax --check

# syntect: a Rust program built offline against Debian's librust-syntect-dev.
if command -v cargo >/dev/null 2>&1 && compgen -G '/usr/share/cargo/registry/syntect-5*' >/dev/null; then
    if (cd Tests/Editor/syntect && cargo build --release --offline -q) >/tmp/deal-scopes-build.$$ 2>&1; then
        out=$(timeout 120 Tests/Editor/syntect/target/release/deal-scopes "$extension/syntaxes" "$tests" \
            "${files[@]}" 2>&1)
        status=$?
        grep FAIL <<<"$out" | head -20
        check "syntect: every .deal file tokenises and the scopes hold ($(tail -1 <<<"$out"))" test "$status" = 0
    else
        tail -5 /tmp/deal-scopes-build.$$
        check "syntect: the checker builds" false
    fi
    rm -f /tmp/deal-scopes-build.$$
else
    skip "syntect: cargo or Debian's librust-syntect-dev is missing (scripts/setup installs them as root)"
fi

# bat: its cache built with our syntax, then a script highlighted.
bat=$(command -v batcat || command -v bat || true)
if [ -n "$bat" ]; then
    home=$(mktemp -d)
    mkdir -p "$home/source/syntaxes" "$home/source/themes"
    cp "$extension/syntaxes/deal.sublime-syntax" "$home/source/syntaxes/"
    "$bat" cache --build --source "$home/source" --target "$home/cache" >/dev/null 2>&1
    check "bat lists the Deal language" \
        bash -c "BAT_CACHE_PATH='$home/cache' '$bat' --list-languages | grep -qx 'Deal:deal'"
    coloured=$(printf 'vesting at: 2028-01-01\n' | BAT_CACHE_PATH="$home/cache" "$bat" --color=always --theme=ansi \
        -pp -l deal)
    check "bat colours a command and a date" bash -c "grep -q $'\e\\[[0-9;]*mvesting' <<<'$coloured' \
        && grep -q $'\e\\[[0-9;]*m2028-01-01' <<<'$coloured'"
    rm -rf "$home"
else
    skip "bat: not installed (apt-get install bat)"
fi

# VS Code's engine, from npm.
if ! command -v node >/dev/null 2>&1; then
    skip "vscode-textmate: node is not installed (apt-get install nodejs npm)"
elif [ ! -d Tests/Editor/node_modules/vscode-textmate ] || [ ! -d Tests/Editor/node_modules/vscode-oniguruma ]; then
    skip "vscode-textmate: not in Tests/Editor/node_modules (scripts/setup runs npm install there;" \
        "it failed, or the npm registry is out of reach)"
else
    out=$(timeout 120 node Tests/Editor/scopes.mjs "$grammar" "$tests" "${files[@]}" 2>&1)
    status=$?
    grep FAIL <<<"$out" | head -20
    check "vscode-textmate: every .deal file tokenises and the scopes hold ($(tail -1 <<<"$out"))" test "$status" = 0
fi

echo "editor: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
