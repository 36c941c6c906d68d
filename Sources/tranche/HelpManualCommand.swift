// `tranche help-manual` (hidden): the man page's language and command sections in mdoc,
// from the shell's own help pages; scripts/install appends them to tranche(1).
import ArgumentParser
import DealShell

/// Prints the manual sections generated from the command registry's help.
struct HelpManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "help-manual",
        abstract: "Print the man page's language and command sections (mdoc).",
        shouldDisplay: false
    )

    func status() -> Int32 { Launcher.printManualSections() }
}
