# A recorded session: `tranche test` replays each input and compares what it prints.
> let g = generation("MI450")
> print g.power
3 kW
> print round(1GW / g.power)
333,333
> for t in tranches() {
.   if t.shares > 26_666_666 { print t.name }
. }
T1
T2
T3
T4
T5
> 1GW + $5
error: cannot add power (GW) and money ($)
1GW + $5
    ^
