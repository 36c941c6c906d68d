# A transcript that replays exactly.
> let g = generation("MI450")
> print g.power
3 kW
> 1GW / g.power
333,333.33
> 1GW + $5
error: cannot add power (GW) and money ($)
1GW + $5
    ^
