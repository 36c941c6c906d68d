// Writing a file all at once: a temporary file in the same folder, then a rename, so a
// reader never sees half a file and a failed write leaves the old one untouched.
import DealModel
import DealScript
import Foundation
import SystemPackage

enum AtomicFile {
    /// Writes `text` to `path` atomically; throws a ScriptError naming `command` and the cause.
    static func write(_ text: String, to path: String, for command: String) throws {
        let target = FilePath(path)
        let folder = try checkFolder(of: path, for: command)
        let (temporary, file) = try createTemporary(beside: target, in: folder, for: command, path)
        do {
            try file.closeAfter {
                _ = try file.writeAll(text.utf8)
                // The bytes are on disk before the rename makes them the file's.
                if fsync(file.rawValue) != 0 { throw Errno(rawValue: errno) }
            }
            if rename(temporary.string, path) != 0 { throw Errno(rawValue: errno) }
        } catch {
            unlink(temporary.string)
            throw failure(command, path, error)
        }
    }

    /// The folder `path` goes in; throws a ScriptError naming `command` when there is none.
    @discardableResult
    static func checkFolder(of path: String, for command: String) throws -> FilePath {
        let target = FilePath(path)
        let folder = target.removingLastComponent().isEmpty ? FilePath(".") : target.removingLastComponent()
        guard let kind = try? folder.stat().type, kind == .directory else {
            throw ScriptError("`\(command)` cannot write \"\(path)\": no folder \"\(folder)\"")
        }
        return folder
    }

    /// A new file `.NAME.XXXXXX` in `folder`, created exclusively (as mkstemp does: no other
    /// writer, in this session or another process, can be using the name), mode 0644.
    private static func createTemporary(
        beside target: FilePath, in folder: FilePath, for command: String,
        _ path: String
    ) throws -> (FilePath, FileDescriptor) {
        let name = "." + (target.lastComponent?.string ?? "file")
        while true {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 36)
            let temporary = folder.appending(name + "." + suffix)
            do {
                let file = try FileDescriptor.open(
                    temporary, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                    permissions: [.ownerReadWrite, .groupRead, .otherRead])
                return (temporary, file)
            } catch Errno.fileExists {
                continue
            } catch {
                throw failure(command, path, error)
            }
        }
    }

    private static func failure(_ command: String, _ path: String, _ error: Error) -> ScriptError {
        let reason = (error as? Errno).map(\.description) ?? "\(error)"
        return ScriptError("`\(command)` cannot write \"\(path)\": \(reason); nothing was changed")
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
