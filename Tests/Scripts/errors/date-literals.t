# A date literal that names no day quotes the literal as written and says what is expected.
# (A transcript: a bad literal stops a whole .deal file from lexing, so each is its own input.)
> let a = 2028-13-01
error: no such date: 2028-13-01 (months run 01 to 12)
let a = 2028-13-01
        ^~~~~~~~~~
> let b = 2028-02-30
error: no such date: 2028-02-30 (February 2028 has 29 days)
let b = 2028-02-30
        ^~~~~~~~~~
> let c = 2027-04-31
error: no such date: 2027-04-31 (April 2027 has 30 days)
let c = 2027-04-31
        ^~~~~~~~~~
> milestone M1 on: 2027-06-31
error: no such date: 2027-06-31 (June 2027 has 30 days)
milestone M1 on: 2027-06-31
                 ^~~~~~~~~~
> let e = 2026Q5
error: no such quarter: 2026Q5 (a quarter is Q1 to Q4)
let e = 2026Q5
        ^~~~~~
> print 2028-02-29
2028-02-29
