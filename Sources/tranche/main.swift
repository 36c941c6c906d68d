// The tranche executable: argument parsing only; everything else lives in DealShell.
import DealShell
print("tranche: not built yet")
