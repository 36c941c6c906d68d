# The mistakes people bring from other tools: each error names the right form.
> vesting at 2028-01-01
error: did you mean `at:`? (labels end with a colon: vesting at: ...)
vesting at 2028-01-01
        ^~
> vesting at: 01/01/2028
error: dates are written year-month-day: at: 2028-01-01
vesting at: 01/01/2028
            ^~
> price path csv amd.csv
error: file names go in quotes: "amd.csv"
price path csv amd.csv
               ^~~
> tranche T2 latch: no
error: latch: takes true or false
tranche T2 latch: no
                  ^~
> print 10%3
error: `%` is percent; for a remainder write `10 % 3`
print 10%3
      ^~~
> plot price from: 2027-01-01 to: 2028-01-01
error: to: is the output file; a date range is from:/until:
plot price from: 2027-01-01 to: 2028-01-01
                                ^~~~~~~~~~
> compare base
error: `compare` needs two scenarios: compare base bull (usage: compare a b [at: date])
compare base
^~~~~~~
> tranche T2 shares: 100M
error: tranche T2 shares: 100,000,000 brings the tranches' total to 233,333,333, past the warrant's 160,000,000 shares (T2 can hold at most 26,666,667)
tranche T2 shares: 100M
                   ^~~~
> tranche T2 gw: 2 GW
> assert tranche("T2").gw == 2GW
