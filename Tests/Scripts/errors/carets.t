# Errors point at the fault: the caret sits under the argument or literal at fault.
> phase P9 gen: MI999 size: 1GW start: 2027-01-01
error: phase P9 gen: names no generation: `MI999`; known: MI300X, MI325X, MI350X, MI355X, MI450, MI500
phase P9 gen: MI999 size: 1GW start: 2027-01-01
              ^~~~~
> tranche T2 shares: 1GW
error: `tranche` shares: expects a plain number, got power 1 GW
tranche T2 shares: 1GW
                   ^~~
> tranche T2 price: -$300
error: tranche T2 price: must be a positive price target (like $250), got -300
tranche T2 price: -$300
                  ^~~~~
> tranche T2 foo: 3
error: `tranche` has no label `foo:` (accepted: shares:, gw:, price:, measure:, latch:, milestone:, by:)
tranche T2 foo: 3
           ^~~
> let d = 2028-13-01
error: no such date: 2028-13-01 (months run 01 to 12)
let d = 2028-13-01
        ^~~~~~~~~~
> let d = 2027-02-30
error: no such date: 2027-02-30 (February 2027 has 28 days)
let d = 2027-02-30
        ^~~~~~~~~~
> tranche T2 price: $300
> print tranche("T2").price, tranche("T2").gw
$300 2 GW
