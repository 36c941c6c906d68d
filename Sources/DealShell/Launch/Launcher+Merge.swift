// `tranche merge PART.json...`: reads the part files of a split `simulate` run and prints the
// whole run's result exactly as `simulate` would (text, or JSON with --json).
import DealLibrary
import DealScript

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Launcher {
    /// 0 when the parts make a whole run (its result printed), 1 when they do not or a part
    /// cannot be read, 2 when no part is named.
    public static func runMerge(parts: [String], options: LaunchOptions) -> Int32 {
        let output = StandardOutput(
            colorErrors: TerminalTraits.currentErrorsUseColor(noColorFlag: options.noColor),
            json: options.json)
        guard !parts.isEmpty else {
            output.writeError("tranche: merge: name the part files, like `tranche merge part-*.json`\n")
            return ExitStatus.usage
        }
        var texts: [(file: String, text: String)] = []
        for path in parts {
            guard let text = readFile(path) else {
                output.writeError("tranche: merge: cannot read '\(path)': \(String(cString: strerror(errno)))\n")
                return ExitStatus.failure
            }
            texts.append((path, text))
        }
        do {
            let result = try SimulationMerge.merge(texts)
            let session = options.sessionOptions()
            if options.json {
                output.write(result.json.text + "\n")
            } else {
                let text = result.render(width: session.width, color: session.color)
                output.write(text.hasSuffix("\n") ? text : text + "\n")
            }
            fflush(nil)
            return ExitStatus.success
        } catch let e as ScriptError {
            output.writeError("tranche: \(e.message)\n")
            return ExitStatus.failure
        } catch {
            output.writeError("tranche: merge: \(error)\n")
            return ExitStatus.failure
        }
    }
}
