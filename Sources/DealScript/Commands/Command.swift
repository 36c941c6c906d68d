// Commands: functions with a (possibly multi-word) name, declared parameters and help, that
// a statement may call without parentheses (`vesting at: 2028-01-01`).
/// One declared parameter of a command.
public struct CommandParameter: Sendable {
    /// What the argument must be. `.name` takes a bare word in command form (`point P2`,
    /// `measure: avg(20td)`) as a string instead of looking it up as a variable.
    public enum Kind: Sendable, Equatable {
        case name, any, string, number, bool, date, duration, list
        case quantity(Dimension)
    }
    /// The label (`at` in `at:`); nil for a positional parameter.
    public var label: String?
    /// A positional parameter's name, for help and messages.
    public var name: String
    public var kind: Kind
    public var help: String
    public var isRequired: Bool
    /// A trailing positional that takes any number of values (`print a, b, c`).
    public var isVariadic: Bool
    /// What a required positional's absence says after the command's name, showing the right
    /// form (`needs two scenarios: compare base bull`); nil says `needs its NAME`.
    public var whenMissing: String? = nil

    /// This parameter, saying `text` when it is left out.
    public func missing(_ text: String) -> CommandParameter {
        var p = self
        p.whenMissing = text
        return p
    }

    /// A positional parameter.
    public static func positional(_ name: String, _ kind: Kind, _ help: String = "", required: Bool = true)
        -> CommandParameter
    {
        CommandParameter(label: nil, name: name, kind: kind, help: help, isRequired: required, isVariadic: false)
    }
    /// A labelled parameter, `label: value`.
    public static func labeled(_ label: String, _ kind: Kind, _ help: String = "", required: Bool = false)
        -> CommandParameter
    {
        CommandParameter(label: label, name: label, kind: kind, help: help, isRequired: required, isVariadic: false)
    }
    /// Any number of trailing positional values.
    public static func variadic(_ name: String, _ kind: Kind = .any, _ help: String = "") -> CommandParameter {
        CommandParameter(label: nil, name: name, kind: kind, help: help, isRequired: false, isVariadic: true)
    }
}

/// The evaluated arguments a command receives.
public struct CommandArguments {
    /// Positional values in order (a variadic parameter's values are all here at the end).
    public var positional: [Value]
    /// Labelled values by label.
    public var labeled: [String: Value]
    /// Where each argument was written (empty when the call came from Swift, not a script).
    public var ranges: ArgumentRanges
    /// The command and the name it was given (`point P2`), as host errors write their terms.
    public var subject: String = ""

    public init(positional: [Value] = [], labeled: [String: Value] = [:], ranges: ArgumentRanges = ArgumentRanges()) {
        self.positional = positional
        self.labeled = labeled
        self.ranges = ranges
    }

    /// Checked arguments of a call of `command`; the subject is its name, and the name it was
    /// given when its first parameter is one (`point P2`).
    init(positional: [Value], labeled: [String: Value], ranges: ArgumentRanges, subject command: Command) {
        self.init(positional: positional, labeled: labeled, ranges: ranges)
        subject = command.name
        if case .string(let name)? = positional.first, command.positionals.first?.kind == .name {
            subject += " " + name
        }
    }

    /// The labelled value, or nil when it was not given.
    public subscript(label: String) -> Value? { labeled[label] }

    /// Where the value of `label:` was written, so an error can point at it.
    public func range(of label: String) -> SourceRange? { ranges.labeled[label] }

    /// Where the `index`th positional value was written.
    public func range(ofPositional index: Int) -> SourceRange? { ranges.positional(index) }

    /// An error about the value given to `label:`; the caret goes under that value.
    public func error(_ message: String, label: String) -> ScriptError {
        ScriptError(message, range: range(of: label))
    }

    /// An error about the `index`th positional value; the caret goes under it.
    public func error(_ message: String, positional index: Int) -> ScriptError {
        ScriptError(message, range: range(ofPositional: index))
    }
}

/// What a command may touch: the session's options, its output, the host's state.
public final class CommandContext {
    public internal(set) var options: SessionOptions
    public let output: OutputSink
    /// The registry, so `help` can list commands.
    public let commands: CommandRegistry
    /// Whether a stop (Ctrl-C) was asked for: the process-wide `Interrupt` flag, unless a
    /// test injects its own so that sessions running in parallel do not stop each other.
    public var interruptRequested: @Sendable () -> Bool = { Interrupt.isRequested }
    /// What a host keeps in the session (its model, say), by type.
    private var hostStates: [ObjectIdentifier: AnyObject] = [:]
    /// What the running statement changed (variables, lists, records, host state), to take
    /// back if it fails.
    let undo = UndoLog()
    /// The runtime running the session's code (set by `Session`), for commands that call functions.
    weak var runtime: Runtime?

    init(options: SessionOptions, output: OutputSink, commands: CommandRegistry) {
        self.options = options
        self.output = output
        self.commands = commands
    }

    /// Keeps `state` in the session; commands find it with `state(_:)`.
    public func install<State: AnyObject>(_ state: State) {
        hostStates[ObjectIdentifier(State.self)] = state
    }

    /// The host state of type `State` installed in this session, if any.
    public func state<State: AnyObject>(_ type: State.Type) -> State? {
        hostStates[ObjectIdentifier(type)] as? State
    }

    /// Counts a command's own work against `--max-steps` (set by the session's runtime).
    var stepCharger: ((Double, String) throws -> Void)?

    /// Counts `steps` of a command's bulk work (`simulate`: one a day of each path; `range`: one
    /// a number) against `--max-steps`, before the work starts, so a long command ends in the
    /// same clear error as a long loop; also stops on Ctrl-C. `what` names the work in the error.
    public func charge(_ steps: Double, for what: @autoclosure () -> String) throws {
        try stepCharger?(steps, what())
    }

    /// Runs a whole script inside the running statement (set by the session; see `runNested`).
    var nestedRunner: ((String, String) throws -> Void)?

    /// Runs the script `source` (named `file` in diagnostics) in this session as part of the
    /// running statement: its statements run in order, variables and host state shared; the
    /// first error or failed assertion is thrown, and the statement around it fails as a whole.
    public func runNested(source: String, file: String) throws {
        guard let nestedRunner else { throw ScriptError("a script cannot run here (no session)") }
        try nestedRunner(source, file)
    }

    /// Registers how to take back one change a host makes to its state: if the running
    /// statement fails, `undo` runs, in one log with the statement's other changes, newest
    /// first. Outside a statement there is nothing to take back, and `undo` is dropped.
    public func onRollback(_ undo: @escaping () -> Void) {
        if self.undo.epoch != 0 { self.undo.log(.host(undo)) }
    }
}

/// A command: one declaration gives its name, parameters, help and implementation.
///
/// ```
/// registry.register(Command("vesting", help: "vesting table on a date",
///     parameters: [.labeled("at", .date, "the date to look at")]) { args, context in
///     guard case .date(let d)? = args["at"] else { return .nil }
///     return .string("vesting on \(d)")
/// })
/// ```
/// A script may then write `vesting at: 2028-01-01` or `vesting(at: 2028-01-01)`.
public final class Command {
    /// The name, words separated by one space (`price path`).
    public let name: String
    public let parameters: [CommandParameter]
    public let help: String
    /// The implementation; throw `ScriptError` for a user-facing failure.
    public let run: (CommandArguments, CommandContext) throws -> Value
    /// Steps one call counts against `--max-steps` (the registry's `stepsPerCall` when registered).
    // Unchecked: read on every call (a dynamic exclusivity check was about 60 instructions of
    // `append(xs, x)`); written only when the command is registered.
    @exclusivity(unchecked) public internal(set) var steps = 1
    /// The same implementation taking its values directly, for a command whose parameters are
    /// one or two required positionals: a compiled call with values that fit runs it without
    /// building `CommandArguments` (`len(xs)` in a loop). `run` calls it too: one body. Two
    /// constants, not an enum of the two: matching the enum called its outlined copy and
    /// destroy functions on every call (about 14 instructions of each `append(xs, x)`).
    let directOne: ((Value, CommandContext) throws -> Value)?
    let directTwo: ((Value, Value, CommandContext) throws -> Value)?
    /// How many values the direct body takes (0 when there is none).
    let directArity: Int
    /// Set on the built-ins whose commonest case a call by name runs inline (`len`, `append`).
    private(set) var intrinsic: Intrinsic?

    /// This command, marked as the intrinsic `kind` (for the built-ins' registration).
    func inlined(as kind: Intrinsic) -> Command {
        intrinsic = kind
        return self
    }

    public convenience init(
        _ name: String, help: String, parameters: [CommandParameter] = [],
        run: @escaping (CommandArguments, CommandContext) throws -> Value
    ) {
        self.init(name, help: help, parameters: parameters, directOne: nil, directTwo: nil, run: run)
    }

    /// A command of one required positional parameter, its body taking the value directly.
    public convenience init(
        _ name: String, help: String, parameter: CommandParameter,
        run: @escaping (Value, CommandContext) throws -> Value
    ) {
        precondition(parameter.label == nil && parameter.isRequired && !parameter.isVariadic)
        self.init(name, help: help, parameters: [parameter], directOne: run, directTwo: nil) { args, context in
            try run(args.positional[0], context)
        }
    }

    /// A command of two required positional parameters, its body taking the values directly.
    public convenience init(
        _ name: String, help: String, parameters first: CommandParameter, _ second: CommandParameter,
        run: @escaping (Value, Value, CommandContext) throws -> Value
    ) {
        precondition([first, second].allSatisfy { $0.label == nil && $0.isRequired && !$0.isVariadic })
        self.init(name, help: help, parameters: [first, second], directOne: nil, directTwo: run) { args, context in
            try run(args.positional[0], args.positional[1], context)
        }
    }

    private init(
        _ name: String, help: String, parameters: [CommandParameter],
        directOne: ((Value, CommandContext) throws -> Value)?,
        directTwo: ((Value, Value, CommandContext) throws -> Value)?,
        run: @escaping (CommandArguments, CommandContext) throws -> Value
    ) {
        self.name = name
        self.parameters = parameters
        self.help = help
        self.run = run
        self.directOne = directOne
        self.directTwo = directTwo
        directArity = directOne != nil ? 1 : directTwo != nil ? 2 : 0
        positionals = parameters.filter { $0.label == nil }
        hasRequiredLabels = parameters.contains { $0.isRequired && $0.label != nil }
    }

    var labels: [String] { parameters.compactMap(\.label) }
    /// The parameters without a label, in order (kept: every call checks against them).
    let positionals: [CommandParameter]
    /// Whether a call must give some label (else a call with none skips the label checks).
    let hasRequiredLabels: Bool

    /// The kind of the `index`th positional argument (the variadic one repeats).
    func positionalKind(_ index: Int) -> CommandParameter.Kind? {
        let p = positionals
        if index < p.count { return p[index].kind }
        if let last = p.last, last.isVariadic { return last.kind }
        return nil
    }

    func labelKind(_ label: String) -> CommandParameter.Kind? {
        parameters.first { $0.label == label }?.kind
    }

    /// How the command is written, for help: `vesting [at: date]`.
    public var usage: String {
        var parts = [name]
        for p in parameters {
            let what = p.label.map { "\($0): \(p.kind.describe)" } ?? (p.isVariadic ? "\(p.name)..." : p.name)
            parts.append(p.isRequired ? what : "[\(what)]")
        }
        return parts.joined(separator: " ")
    }
}

extension CommandParameter.Kind {
    public var describe: String {
        switch self {
        case .name: return "name"
        case .any: return "value"
        case .string: return "string"
        case .number: return "plain number"
        case .bool: return "bool"
        case .date: return "date"
        case .duration: return "duration"
        case .list: return "list"
        case .quantity(let d): return d.describe
        }
    }
}

/// Every command a session knows, by name.
public final class CommandRegistry {
    private var byName: [String: Command] = [:]
    /// The first words of multi-word names, so the parser can look ahead cheaply.
    private var firstWords: Set<String> = []

    /// Counts registrations, so a name's command found once can be kept until the next one.
    // Unchecked, as `Command.steps`: read by every call of a command by name.
    @exclusivity(unchecked) private(set) var generation = 0

    public init() {}

    /// Steps each call of the commands registered from now on counts against `--max-steps`:
    /// 1 for the language's built-ins; a host whose commands do more (the deal library's
    /// edit and recompute the scenario, some tens of microseconds) sets more, so that a loop
    /// of them is bounded in time as a loop of arithmetic is.
    public var stepsPerCall = 1

    /// Adds (or replaces) a command.
    public func register(_ command: Command) {
        generation &+= 1
        command.steps = stepsPerCall
        byName[command.name] = command
        if let first = command.name.split(separator: " ").first { firstWords.insert(String(first)) }
    }

    public func command(named name: String) -> Command? { byName[name] }

    /// The command `name` names, through `cache` (a call site's own): no hashing while no
    /// command was registered since it was found.
    @inline(__always) func command(named name: String, cache: CommandCache) -> Command? {
        if cache.generation == generation, let c = cache.command { return c }
        let c = byName[name]
        cache.command = c
        cache.generation = generation
        return c
    }

    /// True when some command's name starts with `word`.
    func startsCommand(_ word: String) -> Bool { firstWords.contains(word) }

    /// Every command name, sorted.
    public var names: [String] { byName.keys.sorted() }
}

/// One call site's last look-up of a command by name (see `CommandRegistry.command(named:cache:)`).
final class CommandCache {
    // Unchecked: only its call site touches it, one call at a time.
    @exclusivity(unchecked) var command: Command?
    @exclusivity(unchecked) var generation = -1
}
