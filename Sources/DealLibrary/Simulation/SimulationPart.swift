// `simulate ... part: K of: M`: runs one part of a larger run and writes its sufficient
// statistics as JSON, with everything `tranche merge` needs to print the whole run's result.
// Numbers that must survive exactly (sums, prices, rates) are written as their 64 bits in hex.
import CivilTime
import DealModel
import DealScript
import Foundation

/// One part's file: the heading and outline of the run, and the part's totals.
struct SimulationPart {
    static let format = "tranche-simulation-part"
    static let version = 1

    var heading: SimulationHeading
    var outline: SimulationOutline
    var totals: SimulationTotals
    var part: Int
    var of: Int

    init(heading: SimulationHeading, outline: SimulationOutline, totals: SimulationTotals, part: Int, of: Int) {
        self.heading = heading
        self.outline = outline
        self.totals = totals
        self.part = part
        self.of = of
    }

    /// Runs the part the arguments name; returns the JSON text (or writes it to `to:`).
    static func run(
        _ args: CommandArguments, _ context: CommandContext, request: SimulationRun,
        valuation: Valuation
    ) throws -> Value {
        guard let k = args.number("part"), let m = args.number("of") else {
            throw ScriptError("simulate part: and of: go together, like `simulate paths: 10M part: 3 of: 16`")
        }
        guard m.isFinite, m == m.rounded(), m >= 1, m <= 1_000_000, k.isFinite, k == k.rounded(), k >= 1, k <= m else {
            throw args.error(
                "simulate part: K of: M needs whole numbers with 1 ≤ K ≤ M ≤ 1,000,000",
                label: "part")
        }
        if args.bool("greeks") == true {
            throw args.error("simulate part: does not combine with greeks:", label: "greeks")
        }
        let totals = try request.totals(valuation.input, part: Int(k), of: Int(m))
        let part = SimulationPart(
            heading: valuation.heading, outline: SimulationOutline(valuation.input),
            totals: totals, part: Int(k), of: Int(m))
        if let path = args.word("to") {
            try context.checkWritable(path, for: "simulate")
            try AtomicFile.write(part.json.text + "\n", to: path, for: "simulate")
            return .nil
        }
        return .object(PartObject(part))
    }

    // MARK: writing

    var json: JSONValue {
        let m = heading.model
        let t = totals
        return .object([
            ("format", .string(SimulationPart.format)), ("version", .number(Double(SimulationPart.version))),
            ("part", .number(Double(part))), ("of", .number(Double(of))),
            ("scenario", .string(heading.scenario)),
            (
                "model",
                .object([
                    ("s0", bits(m.s0)), ("on", .string(m.start.description)), ("vol", bits(m.volatility)),
                    ("drift", bits(m.drift)), ("rate", bits(m.rate)), ("seed", .string(String(m.seed))),
                ])
            ),
            ("as_of", .string(heading.valuationDate.description)), ("as_of_given", .bool(heading.asOfGiven)),
            ("start", .string(heading.start.description)), ("s0", bits(heading.s0)),
            ("names", .array(outline.names.map { .string($0) })), ("shares", .array(outline.shares.map(bits))),
            (
                "settled",
                .array(
                    outline.settled.map { s in
                        guard let s else { return .null }
                        return .object([
                            ("vested", s.vested.map { .string($0.description) } ?? .null),
                            ("value", bits(s.value)),
                        ])
                    })
            ),
            ("paths", .string(String(t.paths))), ("seed", .string(String(t.seed))),
            ("antithetic", .bool(t.method.antithetic)), ("control_variate", .bool(t.method.controlVariate)),
            ("tranches", .number(Double(t.tranches))),
            (
                "blocks",
                .array(
                    t.covered.map {
                        .array([.number(Double($0.lowerBound)), .number(Double($0.upperBound))])
                    })
            ),
            (
                "passes",
                .array(
                    t.passes.map { nodes in
                        .array(
                            nodes.map { node in
                                .object([
                                    ("first", .number(Double(node.first))), ("size", .number(Double(node.size))),
                                    ("sums", .array(node.sums.map(bits))),
                                ])
                            })
                    })
            ),
            (
                "value_counts",
                .array(
                    t.valueCounts.sorted { $0.key < $1.key }.map {
                        .array([.number(Double($0.key)), .number(Double($0.value))])
                    })
            ),
            (
                "vested_sets",
                .array(
                    t.vestedSets.sorted { $0.key < $1.key }.map {
                        .array([.string(String($0.key)), .number(Double($0.value))])
                    })
            ),
        ])
    }

    private func bits(_ x: Double) -> JSONValue {
        let hex = String(x.bitPattern, radix: 16)
        return .string(String(repeating: "0", count: 16 - hex.count) + hex)
    }

    // MARK: reading

    /// Reads a part file's text; a script error says what is wrong with it.
    init(text: String, file: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let doc = object as? [String: Any]
        else {
            throw ScriptError("merge: \(file) is not JSON")
        }
        let r = PartReader(doc: doc, file: file)
        guard doc["format"] as? String == SimulationPart.format else {
            throw ScriptError("merge: \(file) is not a simulation part (written by `simulate ... part: K of: M`)")
        }
        guard r.int(doc["version"]) == SimulationPart.version else {
            throw ScriptError("merge: \(file) has a part format this version does not read")
        }
        let modelDoc = try r.object(doc["model"], "model")
        let model = GBMModel(
            s0: try r.double(modelDoc["s0"], "model.s0"),
            start: try r.date(modelDoc["on"], "model.on"),
            volatility: try r.double(modelDoc["vol"], "model.vol"),
            drift: try r.double(modelDoc["drift"], "model.drift"),
            rate: try r.double(modelDoc["rate"], "model.rate"),
            seed: try r.unsigned(modelDoc["seed"], "model.seed"))
        let names = try r.array(doc["names"], "names").map { try r.string($0, "names") }
        let shares = try r.array(doc["shares"], "shares").map { try r.double($0, "shares") }
        let settled: [SettledTranche?] = try r.array(doc["settled"], "settled").map { item in
            guard let s = item as? [String: Any] else { return nil }
            let vested = s["vested"] as? String
            return SettledTranche(
                vested: try vested.map { try r.date($0, "settled.vested") },
                value: try r.double(s["value"], "settled.value"))
        }
        let start = try r.date(doc["start"], "start")
        heading = SimulationHeading(
            scenario: try r.string(doc["scenario"], "scenario"), model: model,
            valuationDate: try r.date(doc["as_of"], "as_of"),
            asOfGiven: doc["as_of_given"] as? Bool ?? false, start: start,
            s0: try r.double(doc["s0"], "s0"), shares: shares)
        outline = SimulationOutline(names: names, shares: shares, settled: settled, start: start)
        let method = SimulationMethod(
            antithetic: doc["antithetic"] as? Bool ?? false,
            controlVariate: doc["control_variate"] as? Bool ?? false)
        let covered = try r.array(doc["blocks"], "blocks").map { item -> Range<Int> in
            let pair = try r.array(item, "blocks")
            guard pair.count == 2, let lo = r.int(pair[0]), let hi = r.int(pair[1]), lo <= hi else {
                throw ScriptError("merge: \(file) has a bad block range")
            }
            return lo..<hi
        }
        let passes = try r.array(doc["passes"], "passes").map { pass in
            try r.array(pass, "passes").map { item -> TallyNode in
                let node = try r.object(item, "passes")
                guard let first = r.int(node["first"]), let size = r.int(node["size"]) else {
                    throw ScriptError("merge: \(file) has a bad tally node")
                }
                return TallyNode(
                    first: first, size: size,
                    sums: try r.array(node["sums"], "sums").map { try r.double($0, "sums") })
            }
        }
        var values: [Int: Int] = [:]
        var sets: [UInt64: Int] = [:]
        for item in try r.array(doc["value_counts"], "value_counts") {
            let pair = try r.array(item, "value_counts")
            guard pair.count == 2, let k = r.int(pair[0]), let c = r.int(pair[1]) else {
                throw ScriptError("merge: \(file) has a bad value count")
            }
            values[k, default: 0] += c
        }
        for item in try r.array(doc["vested_sets"], "vested_sets") {
            let pair = try r.array(item, "vested_sets")
            guard pair.count == 2, let c = r.int(pair[1]) else {
                throw ScriptError("merge: \(file) has a bad vested set")
            }
            sets[try r.unsigned(pair[0], "vested_sets"), default: 0] += c
        }
        guard let n = r.int(doc["tranches"]), n == names.count, shares.count == n, settled.count == n else {
            throw ScriptError("merge: \(file) lists tranches that do not match")
        }
        totals = SimulationTotals(
            paths: Int(try r.unsigned(doc["paths"], "paths")),
            seed: try r.unsigned(doc["seed"], "seed"),
            method: method, tranches: n, covered: covered, passes: passes,
            valueCounts: values, vestedSets: sets)
        part = r.int(doc["part"]) ?? 0
        of = r.int(doc["of"]) ?? 0
    }
}

/// A part as a script value: it prints as its file's JSON (with or without `--json`), so a
/// part's standard output is the part file; `p.part`, `p.of` and `p.paths` read with `.`.
final class PartObject: ScriptObject {
    let part: SimulationPart

    init(_ part: SimulationPart) { self.part = part }

    var typeName: String { "simulation part" }
    var fieldNames: [String] { ["part", "of", "paths"] }

    func field(_ name: String) -> Value? {
        switch name {
        case "part": return .plain(Double(part.part))
        case "of": return .plain(Double(part.of))
        case "paths": return .plain(Double(part.totals.paths))
        default: return nil
        }
    }

    var json: JSONValue { part.json }
    func render(width: Int, color: Bool) -> String { part.json.text }
}

/// Typed reads from a decoded part file, each failing with the field's name.
private struct PartReader {
    let doc: [String: Any]
    let file: String

    func fail(_ field: String) -> ScriptError { ScriptError("merge: \(file) has no valid `\(field)`") }

    func object(_ x: Any?, _ field: String) throws -> [String: Any] {
        guard let o = x as? [String: Any] else { throw fail(field) }
        return o
    }

    func array(_ x: Any?, _ field: String) throws -> [Any] {
        guard let a = x as? [Any] else { throw fail(field) }
        return a
    }

    func string(_ x: Any?, _ field: String) throws -> String {
        guard let s = x as? String else { throw fail(field) }
        return s
    }

    func int(_ x: Any?) -> Int? {
        guard let n = x as? NSNumber else { return nil }
        let d = n.doubleValue
        return d == d.rounded() && abs(d) < 9e15 ? Int(d) : nil
    }

    func double(_ x: Any?, _ field: String) throws -> Double {
        guard let s = x as? String, s.count == 16, let bits = UInt64(s, radix: 16) else { throw fail(field) }
        return Double(bitPattern: bits)
    }

    func unsigned(_ x: Any?, _ field: String) throws -> UInt64 {
        guard let s = x as? String, let v = UInt64(s) else { throw fail(field) }
        return v
    }

    func date(_ x: Any?, _ field: String) throws -> CivilDate {
        // A part file writes its dates as ISO 2026-12-01, and reads only that form back.
        let parts = (x as? String)?.split(separator: "-", omittingEmptySubsequences: false) ?? []
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            let d = CivilDate(year: year, month: month, day: day)
        else { throw fail(field) }
        return d
    }
}
