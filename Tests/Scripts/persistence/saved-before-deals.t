# A single-deal script saved by tranche before deals existed (Tests/Fixtures/deals) loads
# unchanged: the outputs below were printed by the build before this change.
> load "Tests/Fixtures/deals/saved-before-deals.deal"
> vesting
vesting on 2030-10-05 (scenario base)
tranche  conditions  status  vest date     value       shares    value  dilution
                                                       vested   vested
-------  ----------  ------  ----------  -------  -----------  -------  --------
T1       1 GW        vested  2027-07-01   $8.54B   26,666,667   $8.54B     1.61%
T2       2 GW,       vested  2028-03-01  $10.18B   53,333,334  $18.72B     3.17%
         avg(20td)
         ≥ $250
T3       3 GW,       vested  2028-09-18  $11.75B   80,000,001  $30.47B     4.68%
         avg(20td)
         ≥ $320
T4       4 GW,       vested  2029-02-22  $13.15B  106,666,668  $43.62B     6.14%
         avg(20td)
         ≥ $400
T5       5 GW,       vested  2029-07-30  $14.71B  133,333,335  $58.33B     7.56%
         avg(20td)
         ≥ $500
T6       6 GW,       vested  2030-01-02  $16.46B  160,000,000  $74.79B     8.94%
         avg(20td)
         ≥ $600
160,000,000 shares vested, worth $74.79B at vest; dilution 8.94%
> timeline
timeline (scenario base)
date        event
----------  -----------------------------------
2025-10-05  warrant issued (160,000,000 shares)
2026-07-01  P1 starts (1 GW)
2026-08-04  T2 price target $250 met
2027-07-01  P2 starts (1.5 GW)
2027-07-01  P1 complete (1 GW)
2027-07-01  1 GW delivered
2027-07-01  T1 vests (26,666,667 shares)
2027-07-15  T3 price target $320 met
2028-03-01  2 GW delivered
2028-03-01  T2 vests (26,666,667 shares)
2028-05-18  T4 price target $400 met
2028-07-01  P3 starts (3.5 GW)
2028-07-01  P2 complete (1.5 GW)
2028-09-18  3 GW delivered
2028-09-18  T3 vests (26,666,667 shares)
2029-02-22  4 GW delivered
2029-02-22  T4 vests (26,666,667 shares)
2029-03-27  T5 price target $500 met
2029-07-29  5 GW delivered
2029-07-30  T5 vests (26,666,667 shares)
2029-12-06  T6 price target $600 met
2030-01-01  P3 complete (3.5 GW)
2030-01-01  6 GW delivered
2030-01-02  T6 vests (26,666,665 shares)
2030-10-05  warrant expires
> show warrant
warrant (scenario base)
term                    value               public or   source or reason
                                            assumed
----------------------  ------------------  ----------  ------------------------
warrant shares          160,000,000         public      AMD 8-K and Exhibit 4.1,
                                                        2025-10-05
warrant strike          $0.01               public      AMD 8-K and Exhibit 4.1,
                                                        2025-10-05
warrant issued          2025-10-05          public      AMD 8-K and Exhibit 4.1,
                                                        2025-10-05
warrant expires         2030-10-05          assumption  "exercisable through
                                                        2030" reported; a
                                                        five-year term assumed
AMD shares outstanding  1,630,000,000       public      AMD 10-K, 1,630M shares
                                                        on 2025-12-27
T1 shares               26,666,667          assumption  tranche count and sizes
                                                        not disclosed; six equal
                                                        tranches
T1 gw                   1 GW                public      AMD 8-K 2025-10-05:
                                                        first tranche on the
                                                        first 1 GW
T2 shares               26,666,667          assumption  tranche count and sizes
                                                        not disclosed; six equal
                                                        tranches
T2 gw                   2 GW                assumption  one tranche per GW; 6 GW
                                                        for full vesting is
                                                        public
T2 price                $250                assumption  intermediate targets not
                                                        disclosed
T2 measure              avg(20td), latched  assumption  price test not
                                                        disclosed; 20-day
                                                        average, latched
T3 shares               26,666,667          assumption  tranche count and sizes
                                                        not disclosed; six equal
                                                        tranches
T3 gw                   3 GW                assumption  one tranche per GW; 6 GW
                                                        for full vesting is
                                                        public
T3 price                $320                assumption  intermediate targets not
                                                        disclosed
T3 measure              avg(20td), latched  assumption  price test not
                                                        disclosed; 20-day
                                                        average, latched
T4 shares               26,666,667          assumption  tranche count and sizes
                                                        not disclosed; six equal
                                                        tranches
T4 gw                   4 GW                assumption  one tranche per GW; 6 GW
                                                        for full vesting is
                                                        public
T4 price                $400                assumption  intermediate targets not
                                                        disclosed
T4 measure              avg(20td), latched  assumption  price test not
                                                        disclosed; 20-day
                                                        average, latched
T5 shares               26,666,667          assumption  tranche count and sizes
                                                        not disclosed; six equal
                                                        tranches
T5 gw                   5 GW                assumption  one tranche per GW; 6 GW
                                                        for full vesting is
                                                        public
T5 price                $500                assumption  intermediate targets not
                                                        disclosed
T5 measure              avg(20td), latched  assumption  price test not
                                                        disclosed; 20-day
                                                        average, latched
T6 shares               26,666,665          assumption  tranche count and sizes
                                                        not disclosed; six equal
                                                        tranches
T6 gw                   6 GW                assumption  one tranche per GW; 6 GW
                                                        for full vesting is
                                                        public
T6 price                $600                public      AMD 8-K 2025-10-05:
                                                        targets escalate to $600
T6 measure              avg(20td), latched  assumption  price test not
                                                        disclosed; 20-day
                                                        average, latched
