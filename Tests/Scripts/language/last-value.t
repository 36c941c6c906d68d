# `_` and `ans` hold the last value printed at the prompt (Python's `_`, a calculator's ans).
> 1.5GW -> MW
1,500 MW
> _ + 1GW
2.5 GW
> ans * 2
5 GW
> let x = 3
> _
5 GW
> 55%
55%
> assert ans == 0.55
