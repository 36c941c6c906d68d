// Test support for charts: the built-in scenario's charts and a scratch folder per test.
import CivilTime
import DealModel
import Foundation

@testable import DealLibrary
@testable import DealScript

/// The chart `plot WHAT` draws in a fresh built-in session (after `setup`, if given).
func plotChart(_ what: String, from: CivilDate? = nil, setup: String = "") throws -> Chart {
    let (session, _) = dealSession()
    if !setup.isEmpty, !session.runScript(setup, file: "<setup>") {
        throw ScriptError(session.lastDiagnostic?.message ?? "setup failed")
    }
    return try Plots.chart(what, from: from, session.context)
}

/// Runs `source` in a built-in session with `options`; returns success and the error text.
func runDeal(_ source: String, sandbox: Bool = false) -> (ok: Bool, errors: String) {
    let out = Buffer()
    let session = DealSession.make(
        options: SessionOptions(sandbox: sandbox, width: 100), output: out, loadBuiltIn: false)
    _ = session.runScript("load \"amd-openai\"", file: "<built-in>")
    let ok = session.runScript(source, file: "t.deal")
    return (ok, out.err)
}

/// A string literal for a script: the path with `"` and `\` escaped.
func literal(_ path: String) -> String {
    "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

/// The AMD-OpenAI warrant's trading days from issue (2025-10-05) to expiry (2030-10-05):
/// 1,256, counted independently in Python with the NYSE holiday rules.
let builtInTradingDays = 1_256
