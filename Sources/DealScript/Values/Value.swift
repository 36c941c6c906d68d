// The values scripts compute with. Numbers carry their unit inline, so arithmetic on them
// never allocates; lists, records and functions are references.
import CivilTime
import OrderedCollections

/// A DealScript value.
public enum Value {
    /// A number in base units (W, $, B, FLOP/s) with its dimension.
    case number(Double, Dimension)
    case bool(Bool)
    case string(String)
    case date(CivilDate)
    case duration(CalendarDuration)
    case list(ScriptList)
    case record(ScriptRecord)
    case function(ScriptFunction)
    case command(Command)
    /// A model object (whatever the host exposes).
    case object(any ScriptObject)
    case `nil`
    /// Internal: a global slot not yet defined. Never visible to scripts.
    case absent

    /// A plain number.
    @inline(__always) public static func plain(_ x: Double) -> Value { .number(x, .none) }

    /// The type name `type(x)` returns.
    public var typeName: String {
        switch self {
        case .number(_, let d):
            switch d {
            case .none: return "number"
            case .watts: return "power"
            case .dollars: return "money"
            case .bytes: return "memory"
            case .flops: return "compute"
            default: return "quantity"
            }
        case .bool: return "bool"
        case .string: return "string"
        case .date: return "date"
        case .duration: return "duration"
        case .list: return "list"
        case .record: return "record"
        case .function, .command: return "function"
        case .object(let o): return o.typeName
        case .nil, .absent: return "nil"
        }
    }

    /// True for cases holding no reference (so overwriting one needs no release).
    @inline(__always) var holdsNoReference: Bool {
        switch self {
        case .number, .bool, .nil, .absent: return true
        default: return false
        }
    }

    /// Truth for `if`, `while`, `and`, `or`, `not`: only booleans qualify.
    var asBool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

/// A mutable list shared by reference (like Python's list). Scripts change it through
/// `set(_:at:log:)`, `append` and `remove`, which log for undo.
public final class ScriptList {
    // Unchecked: every list read in a loop would otherwise pay a dynamic exclusivity check
    // (`xs[i % 10]` in bench/interp/loop.deal: 88.3M -> 79.8M instructions at 100k rounds).
    // No access to `items` is held across a call that could reach the same list.
    @exclusivity(unchecked) public internal(set) var items: [Value]
    /// When it was made (see `StatementEpoch`): only a later statement logs its changes.
    /// Unchecked like `items`: read on every write into the list.
    @exclusivity(unchecked) var undoStamp = UndoStamp(since: StatementEpoch.now)
    public init(_ items: [Value]) { self.items = items }
    // Released one level at a time, a list nested a million deep would overflow the stack.
    deinit { if !items.isEmpty, Value.nestsDeeply(items) { Value.releaseWithoutRecursion(&items) } }
}

/// A record: fields in the order written, found by hashing once there are more than a few.
/// Scripts set fields through `set(_:_:log:)`.
public final class ScriptRecord {
    // Unchecked, as `ScriptList.items`: every field read and write would otherwise pay a
    // dynamic exclusivity check (about 8% of bench/interp/record.deal's instructions). No
    // access to `fields` is held across a call that could reach the same record.
    @exclusivity(unchecked) private var fields: OrderedDictionary<String, Value>
    /// When it was made (see `StatementEpoch`): only a later statement logs its changes.
    @exclusivity(unchecked) var undoStamp = UndoStamp(since: StatementEpoch.now)

    /// The field names, in the order written.
    public var keys: [String] { fields.keys.elements }
    /// The field values, in the order of `keys`.
    public var values: [Value] { fields.values.elements }

    public init(_ pairs: [(String, Value)] = []) {
        // Up to 15 fields are searched in order; past that the hash table gets room to spare,
        // as a full one (3/4 load) probes about five buckets a lookup, a half-empty one about one.
        fields = OrderedDictionary(minimumCapacity: pairs.count > 15 ? 2 * pairs.count : pairs.count)
        for (k, v) in pairs { fields[k] = v }
    }

    /// A record of distinct `keys` (a literal's, which the parser checked) and their values:
    /// no key is looked up while it is built.
    init(uniqueKeys keys: [String], values: [Value]) {
        fields = OrderedDictionary(uncheckedUniqueKeys: keys, values: values)
    }

    /// Puts back every field (undoing a failed statement).
    func restore(keys: [String], values: [Value]) {
        fields = OrderedDictionary(uniqueKeys: keys, values: values)
    }

    deinit {
        if !fields.isEmpty, Value.nestsDeeply(fields.values.elements) {
            var values = takeValues()
            Value.releaseWithoutRecursion(&values)
        }
    }

    /// Empties the record, handing back its values (for `releaseWithoutRecursion`).
    fileprivate func takeValues() -> [Value] {
        defer { fields = [:] }
        return fields.values.elements
    }

    /// Field `key`'s value, looked for first at `guess` (where a read site found it last, as
    /// records built by one literal share their order), which is updated when it was wrong.
    @inline(__always) func value(_ key: String, guess: inout Int) -> Value? {
        // Not through `index(of:guess:)`: that way each read retained the table (a retain and
        // a release per `t.gw` in bench/interp/tranches.deal).
        if guess < fields.count, fields.keys[guess] == key { return fields.values[guess] }
        guard let i = fields.index(forKey: key) else { return nil }
        guess = i
        return fields.values[i]
    }

    /// Where field `key` is, looked for first at `guess` (updated when it was wrong); nil when
    /// there is no such field.
    @inline(__always) func index(of key: String, guess: inout Int) -> Int? {
        if guess < fields.count, fields.keys[guess] == key { return guess }
        guard let i = fields.index(forKey: key) else { return nil }
        guess = i
        return i
    }

    /// The value of the field at `index` (from `index(of:guess:)`), read or overwritten in place.
    @inline(__always) subscript(at index: Int) -> Value {
        get { fields.values[index] }
        set { fields.values[index] = newValue }
    }

    /// A field's value; setting nil removes the field (undo only: scripts cannot), setting a
    /// new name appends it.
    public internal(set) subscript(key: String) -> Value? {
        get { fields[key] }
        set { fields[key] = newValue }
    }
}

/// A model object seen from scripts: a type name, fields read with `.`, text and JSON forms.
///
/// DealModel types are exposed by wrapping them in a class that conforms, e.g.
/// ```
/// final class PointObject: ScriptObject {
///     let point: Point
///     var typeName: String { "point" }
///     var fieldNames: [String] { ["name", "shares"] }
///     func field(_ name: String) -> Value? { name == "name" ? .string(point.name) : nil }
///     func render(width: Int, color: Bool) -> String { point.name }
///     var json: JSONValue { .object([("name", .string(point.name))]) }
/// }
/// ```
public protocol ScriptObject: AnyObject {
    /// The name `type(x)` gives, e.g. `point`.
    var typeName: String { get }
    /// Field names, for `did you mean` and completion.
    var fieldNames: [String] { get }
    /// The field's value, nil when there is no such field.
    func field(_ name: String) -> Value?
    /// The object as text (a line or a table) fitting `width` columns.
    func render(width: Int, color: Bool) -> String
    /// The object as JSON.
    var json: JSONValue { get }
}

extension Value {
    /// Whether the ordinary release of `values` could recurse more than two containers deep:
    /// some item is a list or record that itself holds one, or holds more than a few items
    /// (not looked through, so a list holding one long list many times costs no more than
    /// its own length). Lists of small flat records (the common case) are released the
    /// ordinary way, which needs no work lists (bench/interp/tranches.deal: the work lists
    /// took 11% of its instructions).
    static func nestsDeeply(_ values: [Value]) -> Bool {
        for item in values {
            switch item {
            case .list(let l): if holdsContainer(l.items) { return true }
            case .record(let r): if holdsContainer(r.values) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether some item is a list or record, or there are more than 16 items to look at.
    @inline(__always) private static func holdsContainer(_ values: [Value]) -> Bool {
        if values.count > 16 { return true }
        return values.contains { v in
            switch v {
            case .list, .record: return true
            default: return false
            }
        }
    }

    /// Releases `values` with work lists instead of recursion: a list or record nobody else
    /// holds hands its items over before it goes, so its own deinit has nothing left to
    /// release. (`l = [l]` a million times, then `l = 0`, must not overflow the stack.) The
    /// deinits call it only when `nestsDeeply`; otherwise the ordinary release is shallow.
    static func releaseWithoutRecursion(_ values: inout [Value]) {
        var lists: [ScriptList] = []
        var records: [ScriptRecord] = []
        func collect(_ items: [Value]) {
            for item in items {
                switch item {
                case .list(let l): lists.append(l)
                case .record(let r): records.append(r)
                default: break
                }
            }
        }
        collect(values)
        values = []
        // Each container sits in the work list alone (no enum copy around it), so a unique
        // reference reads as unique; one still shared elsewhere is simply let go.
        while !lists.isEmpty || !records.isEmpty {
            if var list = lists.popLast() {
                if isKnownUniquelyReferenced(&list), !list.items.isEmpty {
                    let items = list.items
                    list.items = []
                    collect(items)
                }
            } else if var record = records.popLast() {
                if isKnownUniquelyReferenced(&record), !record.values.isEmpty {
                    collect(record.takeValues())
                }
            }
        }
    }
}
