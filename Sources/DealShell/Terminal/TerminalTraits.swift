// What the shell learns about its terminal: output width and whether to use colour.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Width and colour decisions, kept as pure functions of their inputs so they can be tested.
public enum TerminalTraits {
    /// Columns to render into: the terminal's own width, else `$COLUMNS`, else 80.
    public static func width(terminalColumns: Int?, columnsVariable: String?) -> Int {
        if let columns = terminalColumns, columns > 0 { return columns }
        if let text = columnsVariable, let columns = Int(text.trimmingSpaces()), columns > 0,
            columns <= 10_000
        {
            return columns
        }
        return 80
    }

    /// Colour only on a terminal, and never with `--no-color`, a non-empty `NO_COLOR`, or `TERM=dumb`.
    public static func usesColor(
        stdoutIsTerminal: Bool, noColorFlag: Bool,
        noColorVariable: String?, term: String?
    ) -> Bool {
        if noColorFlag || !stdoutIsTerminal { return false }
        if let value = noColorVariable, !value.isEmpty { return false }
        if term == "dumb" { return false }
        return true
    }

    /// The current terminal's width (ioctl on stdout), falling back as `width(...)` does.
    public static func currentWidth() -> Int {
        var size = winsize()
        let columns: Int? = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
        return width(terminalColumns: columns, columnsVariable: environment("COLUMNS"))
    }

    /// Whether this process should colour its output, given the `--no-color` flag.
    public static func currentUsesColor(noColorFlag: Bool) -> Bool {
        usesColor(
            stdoutIsTerminal: isatty(STDOUT_FILENO) != 0, noColorFlag: noColorFlag,
            noColorVariable: environment("NO_COLOR"), term: environment("TERM"))
    }

    /// Whether diagnostics on stderr should be coloured, given the `--no-color` flag.
    public static func currentErrorsUseColor(noColorFlag: Bool) -> Bool {
        usesColor(
            stdoutIsTerminal: isatty(STDERR_FILENO) != 0, noColorFlag: noColorFlag,
            noColorVariable: environment("NO_COLOR"), term: environment("TERM"))
    }

    /// True when both standard input and standard output are terminals: the editor's condition.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    }

    /// True when standard input is a terminal.
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) != 0 }
}

/// The value of an environment variable, or nil when unset.
func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
