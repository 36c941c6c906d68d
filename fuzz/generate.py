#!/usr/bin/env python3
"""Generated and mutated scripts through the real binary: every run must end within 10 s,
never by a signal. Finds what libFuzzer's 1 s in-process runs cannot see (the binary's own
start-up, output, whole-run cost).

Usage: fuzz/generate.py [--count N] [--seed S] [--timeout SECONDS] [--binary PATH] [--keep DIR]

Seeds are every `*.deal` under examples/, Tests/Scripts and fuzz/regressions. Each script
is a seed mutated a few times (lines dropped, repeated, spliced from another seed, wrapped
in a loop; numbers swapped for extreme ones; words swapped for vocabulary words; costly
statements inserted). Each runs as `tranche --sandbox --max-steps 1000000 --threads 1 FILE`
in an empty folder. Exit 0 when no run timed out or died by a signal; the offending
scripts are copied to --keep (default fuzz/artifacts/generated/). See docs/FUZZING.md.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

NUMBERS = ["0", "-1", "1", "1e308", "-1e308", "1e-320", "1e15", "9007199254740993", "10M", "100k",
           "1_000_000", "0.5", "1e999", "2147483648", "255", "1e6", "3.5", "1e9"]
WORDS = ["let", "fn", "return", "if", "else", "while", "for", "in", "break", "continue", "assert", "true",
         "false", "nil", "print", "range", "len", "str", "min", "max", "round", "sqrt", "exp", "log",
         "vesting", "timeline", "deployment", "simulate", "show", "explain", "plot", "greeks", "economics",
         "scenario", "use", "compare", "undo", "redo", "reset", "load", "save", "export", "report",
         "source", "record", "tranche", "tranches", "phase", "phases", "generation", "warrant", "milestone",
         "price", "path", "model", "gbm", "growth", "constant", "linear", "points", "extend", "csv",
         "paths:", "at:", "to:", "from:", "on:", "rate:", "vol:", "seed:", "shares:", "gw:", "by:",
         "as_of:", "part:", "of:", "ramp:", "size:", "start:", "slip:", "delivers:", "1900-01-01",
         "2299-12-31", "2026H2", "2027Q3", "10000000td", "1000000d", "100000y", "$1e15", "1e15GW",
         "[", "]", "(", ")", "{", "}", ",", "+", "*", "/", "%", "==", "->", "\"{x}\"", "\"\"",
         "solve", "fn(p) { return p }", "amd-openai"]
COSTLY = [
    "simulate paths: 10M",
    "simulate paths: 1M",
    "let big = range(10000000)",
    "let s = str(range(1000000))",
    "price path growth from: $200 on: 1900-01-02 rate: 30%",
    "price path points [[1900-01-02, $1], [2299-12-30, $1e6]]",
    "price model gbm s0: $203.71 on: 2025-10-06 vol: 500% drift: 4% seed: 1",
    "vesting at: 2299-12-31",
    "timeline",
    "explain tranche T6",
    "plot price",
    "greeks",
    "for i in range(1000000) { let x = i * 2 }",
    "let l = [1]\nfor i in range(25) { l = l + l }",
    "let s = \"ab\"\nfor i in range(30) { s = s + s }",
    "while true { }",
    "fn f(n) { return f(n + 1) }\nf(0)",
    "let t = 2026-01-01 + 100000td",
    "phase P9 gen: MI450 size: 1000GW start: 1900-01-02 ramp: 4800mo",
    "scenario s1 from: base\nuse s1\ncompare base s1",
    "for i in range(10000) { scenario x from: base\nscenario drop x }",
    "for i in range(3000) { vesting }",
    "for i in range(200) { simulate paths: 10k }",
    "solve(fn(p) { return p > $300 }, $0, $1e15)",
    "simulate paths: 10M part: 1 of: 1000",
]


def seeds():
    found = []
    for folder in ("examples", "Tests/Scripts", "fuzz/regressions"):
        for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in sorted(files):
                if name.endswith(".deal"):
                    with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                        found.append(f.read().splitlines())
    return [s for s in found if s]


def mutate(lines, others, rng):
    lines = list(lines)
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(9)
        if not lines:
            lines = [rng.choice(COSTLY)]
        i = rng.randrange(len(lines))
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2:
            other = rng.choice(others)
            j = rng.randrange(len(other))
            lines[i:i] = other[j:j + rng.randint(1, 8)]
        elif kind == 3:
            lines[i] = "for k%d in range(%d) { %s }" % (i, rng.choice([10, 1000, 100000]), lines[i])
        elif kind == 4:
            lines[i] = re.sub(r"\d[\d_.]*", lambda m: rng.choice(NUMBERS) if rng.random() < 0.5 else m.group(0),
                              lines[i])
        elif kind == 5:
            words = lines[i].split(" ")
            words[rng.randrange(len(words))] = rng.choice(WORDS)
            lines[i] = " ".join(words)
        elif kind == 6:
            lines.insert(i, rng.choice(COSTLY))
        elif kind == 7:
            lines = lines[:i] + lines[i + 1:] + lines[i:i + 1]
        else:
            text = lines[i]
            if text:
                k = rng.randrange(len(text))
                lines[i] = text[:k] + rng.choice(WORDS) + text[k:]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/tranche"))
    ap.add_argument("--keep", default=os.path.join(ROOT, "fuzz/artifacts/generated"))
    args = ap.parse_args()
    args.binary = os.path.abspath(args.binary)
    rng = random.Random(args.seed)
    corpus = seeds()
    os.makedirs(args.keep, exist_ok=True)
    work = tempfile.mkdtemp(prefix="tranche-generated-")
    env = dict(os.environ, NO_COLOR="1", SWIFT_BACKTRACE="enable=no")
    bad = slowest = 0
    slow = []
    started = time.time()
    try:
        for n in range(args.count):
            script = mutate(rng.choice(corpus), corpus, rng)
            path = os.path.join(work, "script.deal")
            with open(path, "w", encoding="utf-8") as f:
                f.write(script)
            t0 = time.time()
            try:
                p = subprocess.run(["timeout", "-s", "KILL", str(args.timeout), args.binary, "--sandbox",
                                    "--max-steps", "1000000", "--threads", "1", path],
                                   cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, timeout=args.timeout + 5)
                rc = p.returncode
            except subprocess.TimeoutExpired:
                rc = -9
            took = time.time() - t0
            slowest = max(slowest, took)
            problem = None
            if rc in (124, 137, -9):
                problem = "timeout"
            elif rc < 0 or rc > 128:
                problem = "signal %d" % (-rc if rc < 0 else rc - 128)
            elif rc not in (0, 1):
                problem = "exit %d" % rc
            if took > 3 and not problem:
                slow.append((took, n))
                shutil.copy(path, os.path.join(args.keep, "slow-%d-%05d.deal" % (args.seed, n)))
            if problem:
                bad += 1
                kept = os.path.join(args.keep, "gen-%d-%05d.deal" % (args.seed, n))
                shutil.copy(path, kept)
                print("%s (%.1f s): %s" % (problem, took, kept), flush=True)
            for leftover in os.listdir(work):
                if leftover != "script.deal":
                    shutil.rmtree(os.path.join(work, leftover), ignore_errors=True)
                    try:
                        os.remove(os.path.join(work, leftover))
                    except OSError:
                        pass
                    print("sandbox leak: script %d left %s" % (n, leftover), flush=True)
                    bad += 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for took, n in sorted(slow, reverse=True)[:10]:
        print("slow (%.1f s): script %d (seed %d)" % (took, n, args.seed))
    print("%d scripts in %.0f s, slowest %.1f s, %d over 3 s, %d problem(s)"
          % (args.count, time.time() - started, slowest, len(slow), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
