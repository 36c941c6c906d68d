# The same transcript with one output line changed: fails with a diff.
> let g = generation("MI450")
> print g.power
4 kW
> 1GW / g.power
333,333.33
> 1GW + $5
error: cannot add power (GW) and money ($)
1GW + $5
    ^
