// Writing a chart or the handout: refused under --sandbox, then written atomically by the
// persistence layer's `AtomicFile` (a temporary file beside the target, then a rename), so
// a failed write leaves any old file untouched.
import DealModel
import DealScript

/// A file `plot ... to:` or `report to:` replaces as a whole.
enum OutputFile {
    /// Writes `text` to `path` for `command`; throws a script error saying why nothing changed.
    static func replace(_ path: String, with text: String, for command: String, context: CommandContext) throws {
        try context.checkWritable(path, for: command)
        guard !path.isEmpty else { throw ScriptError("`\(command)` needs a file name after `to:`") }
        try AtomicFile.write(text, to: path, for: command)
    }
}
