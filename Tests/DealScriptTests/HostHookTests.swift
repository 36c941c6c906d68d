// The language alone, and the hooks a host plugs into: host state taken back when a statement
// fails, a statement observer, completion words, the trading calendar.
import CivilTime
import Testing

@testable import DealScript

/// A host's state: a counter whose changes register their undo.
final class Counter {
    private unowned let context: CommandContext
    private(set) var value = 0
    init(context: CommandContext) { self.context = context }

    func set(_ newValue: Int) {
        let old = value
        context.onRollback { [unowned self] in self.value = old }
        value = newValue
    }
}

/// A session with one host command, `bump`, that adds one to the host's counter.
func hostSession(_ buffer: Buffer) -> (Session, Counter) {
    let session = Session(output: buffer)
    let counter = Counter(context: session.context)
    session.context.install(counter)
    session.commands.register(
        Command(
            "bump", help: "adds one",
            parameters: [.positional("how", .name, required: false)]
        ) { _, context in
            let counter = context.state(Counter.self)!
            counter.set(counter.value + 1)
            return .nil
        })
    return (session, counter)
}

/// Records what the session tells its observers.
final class Watcher: StatementObserver {
    var events: [String] = []
    func statementStarted(_ text: String) { events.append("start \(text)") }
    func statementPrinted(_ text: String) { events.append("print \(text)") }
    func statementReported(_ diagnostic: Diagnostic) { events.append("error \(diagnostic.line)") }
    func statementFinished(_ text: String, command: String?, succeeded: Bool) {
        events.append("end \(command ?? "-") \(succeeded)")
    }
}

/// Offers the words of a pretend host.
final class Words: CompletionContributor {
    var namesInScope: [String] { ["P1", "P2"] }
    var nameArguments: [String] { ["P1"] }
    func positionalWords(command: String, index: Int, earlier: [String]) -> [String]? {
        command == "bump" ? ["hard"] : nil
    }
    func labelWords(command: String, label: String) -> [String]? { nil }
}

/// Counts one trading day per weekday.
struct Weekdays: TradingDayCalendar {
    func advance(_ date: CivilDate, tradingDays n: Int) -> CivilDate {
        var d = date
        var left = abs(n)
        while left > 0 {
            d = d.adding(days: n > 0 ? 1 : -1)
            if d.weekday != 0, d.weekday != 6 { left -= 1 }
        }
        return d
    }
}

@Suite struct HostHookTests {
    @Test func theLanguageAloneKnowsNoDealCommand() {
        let session = Session(output: Buffer())
        for name in ["vesting", "tranche", "load", "save", "simulate", "help"] {
            #expect(session.commands.command(named: name) == nil, "\(name) belongs to the deal library")
        }
        #expect(session.commands.command(named: "print") != nil)
    }

    @Test func aFailedStatementTakesBackTheHostsChange() {
        let buffer = Buffer()
        let (session, counter) = hostSession(buffer)
        #expect(session.runScript("bump", file: "t.deal"))
        #expect(counter.value == 1)
        #expect(!session.runScript("bump\nif true { bump; bump; assert false }", file: "t.deal"))
        // The `if` statement failed as a whole; the bump before it stays.
        #expect(counter.value == 2)
        #expect(session.runScript("bump", file: "t.deal"))
        #expect(counter.value == 3)
    }

    @Test func observersSeeEachStatementItsOutputAndItsEnd() {
        let buffer = Buffer()
        let (session, _) = hostSession(buffer)
        let watcher = Watcher()
        session.addObserver(watcher)
        _ = session.runScript("print 1\nbump\nlet x = nothing", file: "t.deal")
        #expect(
            watcher.events == [
                "start print 1", "print 1\n", "end print true", "start bump", "end bump true",
                "start let x = nothing", "error 3", "end - false",
            ])
    }

    @Test func completionOffersTheHostsWords() {
        let (session, _) = hostSession(Buffer())
        session.addCompletionContributor(Words())
        #expect(session.completions(for: "P").contains("P2"))
        #expect(session.completions(for: "bump h") == ["hard"])
    }

    @Test func tradingDaysNeedTheHostsCalendar() {
        let none = run("print 2026-07-03 + 1td")
        #expect(!none.ok && none.err.contains("trading days (td) need a trading calendar"))
        let buffer = Buffer()
        let withCalendar = Session(output: buffer)
        withCalendar.tradingCalendar = Weekdays()
        #expect(withCalendar.runScript("print 2026-07-03 + 1td", file: "t.deal"))
        #expect(buffer.out == "2026-07-06\n")  // Friday + 1 weekday = Monday
    }
}
