// Entry points the executable calls: interactive shell, batch runs, piped input.
import DealScript
