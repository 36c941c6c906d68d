#!/usr/bin/env bash
# Install tests: scripts/install into a temporary prefix, then the installed binary runs, its
# man page reads with `man -l`, the bash completion completes a flag, and
# `scripts/install --uninstall` leaves nothing behind. Needs man-db (scripts/setup installs it).
set -uo pipefail
cd "$(dirname "$0")/../.."

if ! command -v man >/dev/null 2>&1; then
    echo "Tests/Install: SKIPPED: man is not installed (apt-get install man-db)"
    exit 0
fi
PREFIX=$(mktemp -d)
LOG=$(mktemp)
passed=0 failed=0
trap 'rm -rf "$PREFIX" "$LOG"' EXIT
check() {  # check NAME COMMAND...: passes when COMMAND succeeds
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "  ok   $name"
    else failed=$((failed + 1)); echo "  FAIL $name"; fi
}
contains() { grep -Fq -- "$2" <<<"$1"; }

echo "Tests/Install: scripts/install into $PREFIX"
if ! bash scripts/install "$PREFIX" >"$LOG" 2>&1; then
    tail -20 "$LOG"
    echo "install: 0 passed, 1 failed"
    exit 1
fi
said=$(cat "$LOG")
bin=$PREFIX/bin/tranche
check "install says where the binary went" contains "$said" "binary       $bin"
check "install says where the man page went" contains "$said" "$PREFIX/share/man/man1/tranche.1"
check "bash completion in its standard place" test -f "$PREFIX/share/bash-completion/completions/tranche"
check "zsh completion in its standard place" test -f "$PREFIX/share/zsh/site-functions/_tranche"
check "fish completion in its standard place" test -f "$PREFIX/share/fish/vendor_completions.d/tranche.fish"

version=$("$bin" --version)
check "the installed binary says its version ($version)" contains "$version" "tranche 0."
if git rev-parse --git-dir >/dev/null 2>&1; then
    commit=$(git rev-parse --short HEAD)
    check "the version names the commit it was built from" contains "$version" "(git "
    check "... which is HEAD ($commit)" contains "$version" "$commit"
fi
check "the installed binary needs no Swift toolchain (no libswiftCore.so)" bash -c "! ldd '$bin' | grep -q libswift"
check "the installed binary runs a statement" test "$("$bin" -e 'print 1GW / 3kW')" = "333,333.33"
check "the installed binary's help has examples" contains "$("$bin" --help)" "Example: tranche --seed 7"

page=$(MANWIDTH=100 man -l "$PREFIX/share/man/man1/tranche.1" 2>/dev/null | col -b)
check "man -l shows the page's name line" contains "$page" "A shell for modelling compute-for-equity deals"
check "man page: the argument parser's options" contains "$page" "--max-steps max-steps"
check "man page: the language section" contains "$page" "The language in one screen"
check "man page: a command's help page" contains "$page" "vesting [at: date]"
check "man page: a command's example" contains "$page" "price model gbm s0: \$203.71"
check "man page: sections before EXIT STATUS" \
    bash -c "man -l '$PREFIX/share/man/man1/tranche.1' 2>/dev/null | col -b | grep -n '^DEAL COMMANDS\|^EXIT STATUS' \
        | cut -d: -f2 | tr '\n' ' ' | grep -q '^DEAL COMMANDS EXIT STATUS'"
check "man finds the page on MANPATH" test "$(MANPATH=$PREFIX/share/man man -w tranche)" = \
    "$PREFIX/share/man/man1/tranche.1"

# Completing `tranche --thr<Tab>` the way bash does: the completion function with COMP_* set.
completed=$(bash -c '
    source "$1"
    complete -p tranche | grep -q -- "-F _tranche tranche" || exit 1
    COMP_LINE="tranche --thr"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(tranche --thr); COMP_CWORD=1
    COMPREPLY=()
    _tranche tranche --thr tranche
    echo "${COMPREPLY[*]}"' _ "$PREFIX/share/bash-completion/completions/tranche")
check "bash completes --thr to --threads" test "$completed" = "--threads"
completed=$(bash -c '
    source "$1"
    COMP_LINE="tranche te"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(tranche te); COMP_CWORD=1
    COMPREPLY=()
    _tranche tranche te tranche
    echo "${COMPREPLY[*]}"' _ "$PREFIX/share/bash-completion/completions/tranche")
check "bash completes te to the test subcommand" test "$completed" = "test"
completed=$(bash -c '
    source "$1"
    COMP_LINE="tranche me"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(tranche me); COMP_CWORD=1
    COMPREPLY=()
    _tranche tranche me tranche
    echo "${COMPREPLY[*]}"' _ "$PREFIX/share/bash-completion/completions/tranche")
check "bash completes me to the merge subcommand" test "$completed" = "merge"

uninstalled=$(bash scripts/install --uninstall "$PREFIX" 2>&1)
check "uninstall says what it removed" contains "$uninstalled" "removed $bin"
left=$(find "$PREFIX" -mindepth 1)
check "nothing is left after uninstall${left:+ (left: $left)}" test -z "$left"
check "a second uninstall says there is nothing to remove" \
    bash -c "! bash scripts/install --uninstall '$PREFIX' 2>&1 | grep -q removed"

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
