// The command line's flags reach the session; a sandbox may read the scripts named.
import DealLibrary
import DealScript
import Testing

@testable import DealShell

@Suite struct LaunchOptionsTests {
    @Test func flagsPassThroughAndScriptsAreAllowedAsNamedAndAbsolute() {
        var launch = LaunchOptions()
        launch.sandbox = true
        launch.json = true
        launch.seed = 2025
        launch.threads = 2
        launch.maxSteps = 1_000
        let options = launch.sessionOptions(scripts: ["bear.deal", "/srv/deals/bull.deal"])
        #expect(options.sandbox && options.json)
        #expect(options.seed == 2025 && options.threads == 2 && options.maxSteps == 1_000)
        #expect(options.allowedFiles.contains("bear.deal"))
        #expect(options.allowedFiles.contains("/srv/deals/bull.deal"))
        #expect(options.allowedFiles.contains { $0.hasPrefix("/") && $0.hasSuffix("/bear.deal") })
        #expect(options.allowedFiles.count == 3)
    }

    /// `tranche FILE.deal a "b c"`: the words after the script reach it as `args`.
    @Test func scriptArgumentsReachTheScript() {
        let options = LaunchOptions().sessionOptions(scripts: ["s.deal"], arguments: ["a", "b c"])
        #expect(options.scriptArguments == ["a", "b c"])
        let out = CollectedOutput()
        let session = DealSession.make(options: options, output: out, loadBuiltIn: false)
        #expect(session.runScript("print args, len(args)", file: "s.deal"))
        #expect(out.text == "[\"a\", \"b c\"] 2\n")
    }
}
