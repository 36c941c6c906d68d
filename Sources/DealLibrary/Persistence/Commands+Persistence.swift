// The persistence commands: save, history save, record / record stop, export.
import DealModel
import DealScript

extension CommandRegistry {
    /// Registers save, history save, record, record stop and export.
    func registerPersistenceCommands() {
        register(
            Command(
                "save",
                help:
                    "writes every named scenario as a canonical, commented script, ending with the current one "
                    + "in use (load it back with load)",
                parameters: [
                    .positional("file", .string, "the .deal file to write (replaced atomically)")
                ]
            ) { args, context in
                let path = try CommandRegistry.fileArgument(args, "save", extensions: [".deal"])
                try context.checkWritable(path, for: "save")
                try AtomicFile.write(ScenarioScript.text(of: context.deal.book), to: path, for: "save")
                return .nil
            })

        register(
            Command(
                "history save", help: "writes the statements of this session that succeeded, in order, as a script",
                parameters: [
                    .positional("file", .string, "the .deal file to write")
                ]
            ) { args, context in
                let path = try CommandRegistry.fileArgument(args, "history save", extensions: [".deal"])
                try context.checkWritable(path, for: "history save")
                let journal = context.deal.journal
                let header =
                    "# The statements of a tranche session that succeeded, in order: running this file "
                    + "reproduces its state.\n"
                let body = journal.succeeded.map { $0 + "\n" }.joined()
                try AtomicFile.write(header + body, to: path, for: "history save")
                return .nil
            })

        register(
            Command(
                "record",
                help:
                    "records what you type and what it prints to a transcript (.t) until `record stop`; "
                    + "`tranche test` replays it",
                parameters: [
                    .positional("file", .string, "the .t transcript to write")
                ]
            ) { args, context in
                let path = try CommandRegistry.fileArgument(args, "record", extensions: [".t"])
                try context.checkWritable(path, for: "record")
                let journal = context.deal.journal
                if let r = journal.recording {
                    throw ScriptError("record: already recording to \"\(r.path)\"; `record stop` first")
                }
                journal.recording = try TranscriptRecording(path: path, width: context.options.width)
                return .nil
            })

        register(
            Command("record stop", help: "stops recording and closes the transcript") { _, context in
                let journal = context.deal.journal
                guard let r = journal.recording else {
                    throw ScriptError("record stop: not recording (start with `record \"session.t\"`)")
                }
                journal.recording = nil
                try r.stop()  // leaves out the running statement: `record stop` itself
                return .nil
            })

        let exportHelp =
            "writes vesting, timeline, deployment, compare, simulation, sweep or greeks to a .csv "
            + "or .json file"
        register(
            Command(
                "export", help: exportHelp,
                parameters: [
                    .positional("report", .name, "vesting, timeline, deployment, compare, simulation, sweep or greeks"),
                    .variadic("names", .name, "compare: the two scenarios"),
                    .labeled("to", .string, "the file: .csv or .json", required: true),
                    .labeled("at", .date, "vesting, deployment, compare: the date to look at"),
                    .labeled("paths", .number, "simulation, sweep, greeks: paths (as the command's own)"),
                    .labeled("seed", .number, "simulation, sweep, greeks: the random seed"),
                    .labeled("as_of", .date, "simulation, sweep, greeks: the valuation date"),
                    .labeled("vol", .list, "sweep: volatilities"),
                    .labeled("drift", .list, "sweep: drifts"),
                    .labeled("method", .name, "simulation, sweep, greeks: reduced or plain"),
                ]
            ) { args, context in
                try Export.run(args, context)
            })
    }

    /// The file name a command was given, checked for one of `extensions`.
    static func fileArgument(_ args: CommandArguments, _ command: String, extensions: [String]) throws -> String {
        guard let value = args.positional.first, case .string(let path) = value, !path.isEmpty else {
            throw ScriptError("`\(command)` needs a file name, like `\(command) \"scenario\(extensions[0])\"`")
        }
        guard extensions.contains(where: { path.hasSuffix($0) }) else {
            throw ScriptError("`\(command)` writes a \(extensions.joined(separator: " or ")) file, got \"\(path)\"")
        }
        return path
    }
}
