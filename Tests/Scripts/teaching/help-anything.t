# `help` of anything: a command by value, a keyword, a family of commands, a string.
> help(vesting)
vesting [at: date]
  each tranche's status on a date along the price path, with running totals and
  dilution
  at:  date: the date to look at (default: the warrant's expiry)
Example:
  vesting at: 2028-01-01
> help price
price: price model, price path, price path extend
  price model        sets the price model simulate draws from
  price path         sets the what-if price path that vesting, timeline and
                     explain follow
  price path extend  continues the price path after its last date
> help "explain"
explain what [name] [at: date] [as_of: date]
  why a tranche vests when it does, condition by condition; also a phase, the
  warrant, or its value
  WHAT    name: tranche, phase, warrant or value (required)
  NAME    name: the tranche's or phase's name, e.g. T3
  at:     date: also say where things stand on this date (tranche only)
  as_of:  date: value: the valuation date (default: the issue date)
Example:
  explain tranche T3
  explain tranche T2 at: 2027-01-01
  explain phase P1
  explain warrant
  explain value as_of: 2028-06-01
