// Writing a chart or the handout: refused under --sandbox, and atomic (a temporary file
// in the same folder, then a rename), so a failed write leaves any old file untouched.
import Foundation

/// A file `plot ... to:` or `report to:` replaces as a whole.
enum OutputFile {
    /// The temporary file `path` is first written to: hidden, beside it, named after it and
    /// this process so two shells never share one.
    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        return (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).part")
    }

    /// Writes `text` to `path` for `command`; throws a script error saying why nothing changed.
    static func replace(_ path: String, with text: String, for command: String, context: CommandContext) throws {
        if context.options.sandbox {
            throw ScriptError("`\(command)` cannot write \"\(path)\": --sandbox allows no file writes")
        }
        guard !path.isEmpty else { throw ScriptError("`\(command)` needs a file name after `to:`") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ScriptError("`\(command)` cannot write \"\(path)\": there is no folder \"\(folder)\"")
        }
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(command, path) }
        var bytes = Array(text.utf8)
        var done = 0
        let ok: Bool = bytes.withUnsafeMutableBytes { buffer in
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                done += n
            }
            return fsync(fd) == 0
        }
        let error = ok ? nil : failure(command, path)
        if close(fd) != 0 || error != nil {
            unlink(temporary)
            throw error ?? failure(command, path)
        }
        guard rename(temporary, path) == 0 else {
            let e = failure(command, path)
            unlink(temporary)
            throw e
        }
    }

    private static func failure(_ command: String, _ path: String) -> ScriptError {
        ScriptError("`\(command)` cannot write \"\(path)\": \(String(cString: strerror(errno))); nothing was changed")
    }
}
