// Writing a file all at once: a temporary file in the same folder, then a rename, so a
// reader never sees half a file and a failed write leaves the old one untouched.
import DealModel
import DealScript
import Foundation

enum AtomicFile {
    /// Writes `text` to `path` atomically; throws a ScriptError naming `command` and the cause.
    static func write(_ text: String, to path: String, for command: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = try checkFolder(of: path, for: command)
        // mkstemp: a name no other writer (another session, another process) can be using.
        var template = Array((folder as NSString).appendingPathComponent(".\(url.lastPathComponent).XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(command, path) }
        let temporary = String(cString: template)
        fchmod(fd, 0o644)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                let error = failure(command, path)
                close(fd)
                unlink(temporary)
                throw error
            }
            written += n
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let error = failure(command, path)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(command, path)
            unlink(temporary)
            throw error
        }
    }

    /// The folder `path` goes in; throws a ScriptError naming `command` when there is none.
    @discardableResult
    static func checkFolder(of path: String, for command: String) throws -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ScriptError("`\(command)` cannot write \"\(path)\": no folder \"\(folder)\"")
        }
        return folder
    }

    private static func failure(_ command: String, _ path: String) -> ScriptError {
        ScriptError("`\(command)` cannot write \"\(path)\": \(String(cString: strerror(errno))); nothing was changed")
    }
}

extension CommandContext {
    /// Refuses a write under `--sandbox`.
    func checkWritable(_ path: String, for command: String) throws {
        if options.sandbox {
            throw ScriptError("`\(command)` cannot write \"\(path)\": --sandbox allows no file writes")
        }
    }
}
