// One example for each command, shown by `help COMMAND`; a test runs every one of them on
// the built-in scenario, so the examples stay true as the commands change.
import DealModel
import DealScript

/// Example statements by command name.
public enum CommandExamples {
    /// Each command's example: one or more lines that run on the built-in scenario.
    /// File names in quotes are ones a test redirects into a temporary folder.
    public static let byCommand: [String: [String]] = [
        // the deal's terms
        "generation": [
            "generation MI500 shipped: 2027H2 power: 3.5kW memory: 432GB fp8: 40PF fp4: 80PF price: $55k",
            "generation MI450",
        ],
        "phase": ["phase P4 gen: MI500 size: 1GW start: 2030-07-01 ramp: 6mo shape: scurve", "phase P1"],
        "milestone": ["milestone M1 on: 2027-06-30"],
        "warrant": ["warrant shares: 160M strike: $0.01 issued: 2025-10-05 expires: 2030-10-05 outstanding: 1630M"],
        "tranche": ["tranche T3 shares: 26_666_667 gw: 3GW price: $320 measure: avg(20td)", "tranche T3"],
        "tranches": ["for t in tranches() { print t.name, t.shares }"],
        "phases": ["for p in phases() { print p.name, p.size }"],
        "generations": ["for g in generations() { print g.name, g.power }"],
        "milestones": ["print len(milestones())"],
        // price
        "price path": [
            "price path growth from: $203.71 on: 2025-10-06 rate: 30%",
            "price path points [[2025-10-06, $200], [2026-06-01, $350]]",
            "price path closes [[2025-10-02, $169.73], [2025-10-03, $164.67], [2025-10-06, $203.71]]",
        ],
        "price path extend": [
            "price path closes [[2025-10-02, $169.73], [2025-10-03, $164.67], [2025-10-06, $203.71]]",
            "price path extend growth rate: 30%",
        ],
        "price model": [
            "price model gbm s0: $203.71 on: 2025-10-06 vol: 55% drift: 4% seed: 2025",
            "price model gbm s0: $203.71 on: 2025-10-06 vol: 55% drift: 12% rate: 4% seed: 2025",
        ],
        // reports
        "vesting": ["vesting at: 2028-01-01"],
        "timeline": ["timeline"],
        "deployment": ["deployment at: 2028-01-01"],
        "show": ["show warrant", "show tranches"],
        "compare": [
            "scenario bull from: base", "price path growth from: $203.71 on: 2025-10-06 rate: 45%",
            "compare base bull",
        ],
        "simulate": ["simulate paths: 2000", "simulate paths: 2000 as_of: 2027-06-01"],
        "greeks": ["greeks paths: 2000"],
        "sweep": ["sweep vol: [30%, 60%] paths: 2000"],
        "plot": ["plot price"],
        "export": ["export vesting to: \"vesting.csv\""],
        "report": ["report to: \"deal.html\""],
        // scenarios and files
        "scenario": ["scenario bear from: base", "price path growth from: $203.71 on: 2025-10-06 rate: 5%", "vesting"],
        "use": ["scenario bull from: base", "use base"],
        "scenario drop": ["scenario bull from: base", "use base", "scenario drop bull"],
        "scenario rename": ["scenario bull from: base", "scenario rename bull optimistic"],
        "undo": ["tranche T2 price: $300", "undo", "redo"],
        "redo": ["tranche T2 price: $300", "undo", "redo"],
        "reset": ["reset", "show scenario"],
        "load": ["load \"amd-openai\""],
        "source": ["tranche T6 price: $700", "history save \"t6.deal\"", "undo", "source \"t6.deal\""],
        "save": ["save \"my.deal\""],
        "record": ["record \"session.t\"", "vesting at: 2028-01-01", "record stop"],
        "record stop": ["record \"session.t\"", "show warrant", "record stop"],
        "history save": ["let target = $320", "history save \"session.deal\""],
        // teaching
        "help": ["help vesting", "help units"],
        "explain": [
            "explain tranche T3", "explain tranche T2 at: 2027-01-01", "explain phase P1", "explain warrant",
            "explain value as_of: 2028-06-01",
        ],
        "tour": ["tour", "tour next"],
        // the language's built-ins
        "print": ["print \"T3 needs\", tranche(\"T3\").gw"],
        "len": ["print len(tranches())"],
        "str": ["print str(1.5GW) + \" of MI450\""],
        "type": ["print type(3kW)"],
        "abs": ["print abs(-$5)"],
        "min": ["print min(3, 1, 2)"],
        "max": ["print max([1GW, 3GW])"],
        "round": ["print round(1GW / 3kW)"],
        "sqrt": ["print sqrt(252)"],
        "exp": ["print exp(0.04)"],
        "log": ["print log(2)"],
        "range": ["for i in range(3) { print i }"],
        "sum": ["print sum([1GW, 500MW, 2GW])"],
        "keys": ["let t = [name: \"T1\", shares: 26_666_667]", "print keys(t)"],
        "values": ["let t = [name: \"T1\", shares: 26_666_667]", "print values(t)"],
        "split": ["print split(\"T1,T2,T3\", \",\")"],
        "join": ["print join([\"T1\", \"T2\"], \", \")"],
        "format": ["print format(2 / 3, \"0.00\")"],
        "map": ["print map([1, 2, 3], fn(x) { return x * 1GW })"],
        "filter": ["print filter([$250, $400, $600], fn(p) { return p <= $400 })"],
        "sort": [
            "let ts = [[name: \"T4\", price: $400], [name: \"T2\", price: $250]]",
            "print map(sort(ts, by: fn(t) { return t.price }), fn(t) { return t.name })",
        ],
        "append": ["let sizes = [1GW, 2GW]", "append(sizes, 3GW)", "print sizes"],
        "remove": ["let targets = [$250, $300, $400]", "print remove(targets, 0), targets"],
        "solve": [
            "print solve(fn(x) { return x * x - 2 }, 0, 2, tolerance: 1e-9)",
            "print solve(fn(p) { price path constant p; return tranche(\"T4\").vest_date != nil }, $300, $500)",
        ],
    ]
}
