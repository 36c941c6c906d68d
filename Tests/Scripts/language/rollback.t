# A statement that fails leaves the variables, the lists and records they hold, the variables
# closures keep, and the scenarios exactly as they were before it; one that succeeds keeps all.
> let xs = [1, 2, 3]
> let terms = [gw: 1GW, price: $250]
> let tally = 0
> fn counter() { let n = 0; return fn() { n = n + 1; return n } }
> let next = counter()
> next()
1
> if true {
.   xs[0] = 9; append(xs, 4); terms.price = $300; terms.note = "bull"
.   tally = 5; next()
.   scenario bull
.   tranche T2 price: $300
.   assert tally == 6, "tally is off"
. }
error: assertion failed: tally is off (tally == 6) (left 5, right 6)
  assert tally == 6, "tally is off"
  ^~~~~~
> print xs, terms, tally, next()
[1, 2, 3] [gw: 1 GW, price: $250] 0 2
> print tranche("T2").price
$250
> use bull
error: use names no scenario: `bull`; known: base
use bull
    ^~~~
> let extra = xs[7]
error: index 7 out of range for a list of 3
let extra = xs[7]
              ^
> extra
error: unknown name `extra`
extra
^~~~~
> if true { xs[0] = 9; append(xs, 4); tally = 5; scenario bull }
> print xs, tally
[9, 2, 3, 4] 5
> use base
> use bull
