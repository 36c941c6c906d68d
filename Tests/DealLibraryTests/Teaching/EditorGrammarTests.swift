import Foundation
import Testing

// The editor grammar (editors/vscode-tranche) knows every command a deal session registers, so
// a new command is highlighted in editors as soon as it exists (Tests/Editor checks the scopes).
@testable import DealLibrary
@testable import DealScript

@Suite struct EditorGrammarTests {
    /// The regular expressions of the grammar's `command` rule.
    private func commandPatterns() throws -> [String] {
        let path = repositoryRoot + "/editors/vscode-tranche/syntaxes/deal.tmLanguage.json"
        let grammar = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        let repository = (grammar as? [String: Any])?["repository"] as? [String: Any]
        let rules = (repository?["command"] as? [String: Any])?["patterns"] as? [[String: Any]] ?? []
        return rules.compactMap { $0["match"] as? String }
    }

    @Test func everyRegisteredCommandIsHighlighted() throws {
        // The word-boundary lookarounds are left out: a name is matched whole here.
        let patterns = try commandPatterns().map { pattern in
            try Regex(pattern.replacing(#"(?<![\w.])"#, with: "").replacing(#"(?![\w:])"#, with: ""))
        }
        #expect(patterns.count > 3)
        let registry = DealSession.make(output: Buffer(), loadBuiltIn: false).commands
        for name in registry.names {
            #expect(
                patterns.contains { (try? $0.wholeMatch(in: name)) != nil },
                "the editor grammar's command rule does not name `\(name)`: add it to deal.tmLanguage.json")
        }
    }
}
