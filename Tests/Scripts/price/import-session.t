# A recorded session: a Yahoo download read by its Close column, extended by growth, an
# ambiguous file refused with its line, and a lapse at expiry read from t.status.
> price path csv "Tests/Fixtures/csv/amd-yahoo.csv"
Tests/Fixtures/csv/amd-yahoo.csv: 28 closes from 2025-09-02 to 2025-10-10 (column "Close"); 1 NYSE trading day missing: 2025-09-12 (no price in the file)
> price path extend growth rate: 30%
> print tranche("T2").target_met, tranche("T6").status
2026-05-19 vested
> price path csv "Tests/Fixtures/csv/ambiguous-header.csv"
error: Tests/Fixtures/csv/ambiguous-header.csv:1: which column is the close? The header has "Date", "Open", "High", "Low", "Last Trade", "Volume" and none is Close (expected a Close column, or name one with column: "...")
price path csv "Tests/Fixtures/csv/ambiguous-header.csv"
               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
> price path constant $300
> print tranche("T6").status, tranche("T6").lapse_date
lapsed 2030-10-04
