import DealModel
import Testing

// Model objects seen from scripts: fields, type name, rendering, JSON, unknown fields.
@testable import DealLibrary
@testable import DealScript

final class TrancheStub: ScriptObject {
    let name: String
    let shares: Double
    init(name: String, shares: Double) {
        self.name = name
        self.shares = shares
    }
    var typeName: String { "tranche" }
    var fieldNames: [String] { ["name", "shares"] }
    func field(_ field: String) -> Value? {
        switch field {
        case "name": return .string(name)
        case "shares": return .plain(shares)
        default: return nil
        }
    }
    func render(width: Int, color: Bool) -> String { "\(name): \(Value.plain(shares).display) shares" }
    var json: JSONValue { .object([("name", .string(name)), ("shares", .number(shares))]) }
}

@Suite struct ScriptObjectTests {
    func session(_ b: Buffer, json: Bool = false) -> Session {
        let s = DealSession.make(options: SessionOptions(json: json), output: b, loadBuiltIn: false)
        s.commands.register(
            Command("tranches", help: "every tranche") { _, _ in
                .list(
                    ScriptList([
                        .object(TrancheStub(name: "T1", shares: 26_666_667)),
                        .object(TrancheStub(name: "T6", shares: 26_666_665)),
                    ]))
            })
        return s
    }

    @Test func fieldsReadWithDot() {
        let b = Buffer()
        #expect(session(b).runScript("for t in tranches() { print t.name, t.shares, type(t) }", file: "o"))
        #expect(b.out == "T1 26,666,667 tranche\nT6 26,666,665 tranche\n")
    }

    @Test func objectsRenderAndEncode() {
        let b = Buffer()
        #expect(session(b).runScript("print tranches()[0]", file: "o"))
        #expect(b.out == "T1: 26,666,667 shares\n")
        let j = Buffer()
        #expect(session(j, json: true).runScript("print tranches()[1]", file: "o"))
        #expect(j.out == "{\"name\":\"T6\",\"shares\":26666665}\n")
    }

    @Test func unknownFieldSuggests() {
        let b = Buffer()
        let s = session(b)
        #expect(!s.runScript("print tranches()[0].share", file: "o"))
        #expect(s.lastDiagnostic?.message == "unknown field `share`; did you mean `shares`?")
    }

    @Test func completionOffersCommandsVariablesAndTermNames() {
        let b = Buffer()
        let s = session(b)
        _ = s.runScript("let ramp = 12mo\nmilestone M7", file: "o")
        let words = s.completions(for: "")
        #expect(words.contains("tranches") && words.contains("ramp") && words.contains("print"))
        #expect(words.contains("M7") && words.contains("base"))  // the deal library's words
        #expect(!words.contains("nothing"))
    }
}
