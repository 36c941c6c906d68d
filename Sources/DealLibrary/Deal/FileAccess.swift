// Reading the files deal commands name (`load "x.deal"`, `price path csv "x.csv"`), within
// the session's sandbox.
import DealModel
import DealScript
import Foundation

extension CommandContext {
    /// The text of `path`; `--sandbox` allows only the scripts named on the command line.
    func readText(_ path: String, for command: String) throws -> String {
        if options.sandbox, !options.allowedFiles.contains(path),
            !options.allowedFiles.contains((path as NSString).standardizingPath)
        {
            throw ScriptError(
                "`\(command)` cannot read \"\(path)\": --sandbox allows only the scripts named on the command line")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScriptError("`\(command)` cannot read \"\(path)\": no such file or not readable")
        }
        guard data.count <= 64 << 20 else {
            throw ScriptError("`\(command)` cannot read \"\(path)\": larger than 64 MB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScriptError("`\(command)` cannot read \"\(path)\": not UTF-8 text")
        }
        return text
    }
}
