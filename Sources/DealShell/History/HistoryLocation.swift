// Where the shell keeps its history: $XDG_STATE_HOME/tranche/history, else ~/.local/state/tranche/history.

/// Chooses the history file's path from the environment.
public enum HistoryLocation {
    /// The history path for these variables, or nil when neither gives an absolute folder.
    /// A relative `XDG_STATE_HOME` is ignored, as the XDG specification asks.
    public static func path(xdgStateHome: String?, home: String?) -> String? {
        if let state = xdgStateHome, state.hasPrefix("/") {
            return join(state, "tranche/history")
        }
        if let home = home, home.hasPrefix("/") {
            return join(home, ".local/state/tranche/history")
        }
        return nil
    }

    /// The history path for this process's environment.
    public static func current() -> String? {
        path(xdgStateHome: environment("XDG_STATE_HOME"), home: environment("HOME"))
    }

    private static func join(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}
