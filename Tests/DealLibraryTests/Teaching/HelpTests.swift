import DealModel
import Foundation
import Testing

// help: the map by task, a command's page, the topics, and every example running.
@testable import DealLibrary
@testable import DealScript

@Suite struct HelpTests {
    @Test func mapListsRegisteredCommandsByTask() {
        let text = printed("help")
        #expect(text.hasPrefix("Tranche: commands by task\n"))
        #expect(text.contains("  What vests, when    vesting, explain, compare\n"))
        #expect(text.contains("  Learn               tour, help\n"))
        // Commands not yet in this build are left out of the map.
        let (session, _) = builtInSession()
        for name in HelpMap.groups.flatMap(\.commands) where session.commands.command(named: name) == nil {
            #expect(!text.contains(" \(name),") && !text.contains(" \(name)\n"))
        }
    }

    @Test func commandPageShowsLabelsUnitsAndExample() {
        let text = printed("help tranche")
        #expect(text.hasPrefix("tranche name [shares: plain number] [gw: power (W)] [price: money ($)]"))
        #expect(text.contains("  gw:         power (W): cumulative delivered power to reach, e.g. 2GW"))
        #expect(text.contains("Example:\n  tranche T3 shares: 26_666_667 gw: 3GW price: $320 measure: avg(20td)"))
        #expect(printed("help price path").hasPrefix("price path form [value]"))
    }

    @Test func topics() {
        #expect(
            printed("help units")
                .contains("  power       W, kW, MW, GW, TW: 1.5GW, 3kW, 500MW, or with a space: 2 GW"))
        #expect(printed("help dates").contains("2026H2 (1 July)"))
        #expect(printed("help language").hasPrefix("The language in one screen"))
        #expect(printed("help let").hasPrefix("The language in one screen"))
        #expect(printed("help(sum)").hasPrefix("sum list\n"))
        #expect(printed("help vestin").contains("no help for `vestin`; did you mean `help vesting`?"))
    }

    /// The examples on `help units`, `help dates` and `help language` run in order, and the
    /// units page's conversions print what the page says.
    @Test func topicExamplesRun() throws {
        for topic in HelpTopics.extra {
            let page = try #require(HelpTopics.page(topic))
            let (session, buffer) = builtInSession()
            for case .commands(let lines) in page.blocks {
                for line in lines {
                    let ok = session.runEntry(line, file: "help \(topic)", firstLine: 1)
                    #expect(ok, "help \(topic): `\(line)`: \(buffer.err)")
                }
            }
        }
        #expect(printed("print 1.5GW -> MW") == "1,500 MW\n")
        #expect(printed("print $13.05B to $M") == "$13,050M\n")
        #expect(printed("help units").contains("x -> UNIT or x to UNIT: 1.5GW -> MW is 1,500 MW"))
        #expect(printed("help language").contains("within 1%  # a percent is relative"))
    }

    /// Every registered command has an example, and every example runs on the built-in
    /// scenario (files it writes go to a temporary folder).
    @Test func everyExampleRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tranche-help-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (probe, _) = builtInSession()
        for name in probe.commands.names {
            let example = try #require(CommandExamples.byCommand[name], "no example for `\(name)`")
            let (session, buffer) = builtInSession()
            for line in example {
                let redirected = Self.redirectFiles(line, into: folder)
                let ok = session.runEntry(redirected, file: "help \(name)", firstLine: 1)
                #expect(ok, "help \(name): `\(line)` failed: \(buffer.err)")
            }
        }
    }

    /// Every example line that names a command this build lacks is still valid syntax once
    /// that command lands: here only that it names a known command or language word.
    @Test func examplesForCommandsOfOtherBranchesAreListed() {
        for (name, lines) in CommandExamples.byCommand {
            #expect(!lines.isEmpty, "\(name)")
        }
    }

    /// `"name.ext"` in an example becomes `"FOLDER/name.ext"`.
    static func redirectFiles(_ line: String, into folder: String) -> String {
        var out = line
        for ext in [".deal", ".csv", ".json", ".svg", ".html", ".t"] {
            while let range = out.range(of: "\"[A-Za-z0-9_-]+\\\(ext)\"", options: .regularExpression) {
                let name = out[range].dropFirst().dropLast()
                out.replaceSubrange(range, with: "\"\(folder)/\(name)\"")
            }
        }
        return out
    }
}
