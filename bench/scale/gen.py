#!/usr/bin/env python3
"""Writes the scale benchmarks into a folder: each case as .deal, .lua and .py programs that
do the same work and print the same values (scripts/bench --scale times them side by side).

Usage: bench/scale/gen.py FOLDER [--small]   (--small: a tenth of the size, for a quick look)
Prints each case's name and what it holds, separated by a tab, one case a line.
"""
import os
import sys


def interpolations(n):
    """n string interpolations, one a line: parsing must not re-read the script for each."""
    deal = ["let x = 1"] + [f'let s_{i} = "v {{x}}"' for i in range(n)] + [f"print s_{n - 1}"]
    lua = ["x = 1"] + [f's_{i} = "v " .. x' for i in range(n)] + [f"print(s_{n - 1})"]
    py = ["x = 1"] + [f's_{i} = f"v {{x}}"' for i in range(n)] + [f"print(s_{n - 1})"]
    return deal, lua, py


def globals_(n):
    """n globals, then a few statements: a statement's cost must not grow with their number."""
    last = n - 1
    deal = [f"let g_{i} = {i}" for i in range(n)] + [
        f"let total = g_0 + g_{last // 2} + g_{last}", "g_7 = g_7 + total", "print total, g_7"]
    lua = [f"g_{i} = {i}" for i in range(n)] + [
        f"total = g_0 + g_{last // 2} + g_{last}", "g_7 = g_7 + total", "print(total, g_7)"]
    py = [f"g_{i} = {i}" for i in range(n)] + [
        f"total = g_0 + g_{last // 2} + g_{last}", "g_7 = g_7 + total", "print(total, g_7)"]
    return deal, lua, py


def long_line(size):
    """One list literal of at least `size` bytes on a single line."""
    items, length, i = [], 0, 0
    while length < size:
        items.append(str(i))
        length += len(items[-1]) + 2
        i += 1
    body = ", ".join(items)
    deal = [f"let xs = [{body}]", "print len(xs), xs[len(xs) - 1]"]
    lua = [f"xs = {{{body}}}", "print(#xs, xs[#xs])"]
    py = [f"xs = [{body}]", "print(len(xs), xs[-1])"]
    return deal, lua, py


def statements(n):
    """n top-level statements: the run must cost the same per statement at any length."""
    deal = ["let x = 0"] + ["x = x + 1"] * n + ["print x"]
    lua = ["x = 0"] + ["x = x + 1"] * n + ["print(x)"]
    py = ["x = 0"] + ["x = x + 1"] * n + ["print(x)"]
    return deal, lua, py


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    scale = 10 if "--small" in sys.argv[2:] else 1
    n_strings, n_globals, n_bytes, n_statements = (x // scale for x in (20_000, 40_000, 1_000_000, 100_000))
    cases = {
        "interpolations": (interpolations(n_strings), f"{n_strings:,} strings with an interpolation"),
        "globals": (globals_(n_globals), f"{n_globals:,} globals, then 3 statements"),
        "long-line": (long_line(n_bytes), f"one line of {n_bytes / 1e6:g} MB (a list literal)"),
        "statements": (statements(n_statements), f"{n_statements:,} statements x = x + 1"),
    }
    os.makedirs(folder, exist_ok=True)
    for name, (programs, what) in cases.items():
        for ext, lines in zip(("deal", "lua", "py"), programs):
            with open(os.path.join(folder, f"{name}.{ext}"), "w") as f:
                f.write("\n".join(lines) + "\n")
        print(f"{name}\t{what}")


if __name__ == "__main__":
    main()
