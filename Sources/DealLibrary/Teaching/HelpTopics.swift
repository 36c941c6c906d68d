// The help topics that are not commands (`help units`, `help dates`, `help language`) and
// the list of every topic `help` accepts, which completion offers too.
import DealModel
import DealScript

/// Help pages about how to write things.
public enum HelpTopics {
    /// Topics besides command names.
    public static let extra = ["units", "dates", "language"]

    /// The language's reserved words: `help let` shows the language page.
    static let keywords: Set<String> = [
        "let", "fn", "return", "if", "else", "while", "for", "in", "break", "continue",
        "assert", "within", "and", "or", "not", "true", "false", "nil",
    ]

    /// The language's own functions (listed apart from the deal's commands).
    static let languageBuiltins = [
        "print", "len", "str", "type", "abs", "min", "max", "round",
        "sqrt", "exp", "log", "range", "append", "remove",
        "sum", "keys", "values", "split", "join", "format",
    ]

    /// Every topic `help` answers for `registry`: the extra topics, then command names.
    public static func all(_ registry: CommandRegistry) -> [String] {
        extra + registry.names
    }

    /// The words Tab offers after `help` and the topic words `earlier` typed: only words that
    /// lead to a topic `help` answers (`help price ` offers `model` and `path`, never `extend`).
    static func nextWords(after earlier: [String], in registry: CommandRegistry) -> [String] {
        let topics = (all(registry) + keywords).map { $0.split(separator: " ").map(String.init) }
        return topics.filter { $0.count > earlier.count && $0.starts(with: earlier) }.map { $0[earlier.count] }
    }

    static func page(_ topic: String) -> Page? {
        switch topic {
        case "units": return units
        case "dates": return dates
        case "language": return language
        default: return nil
        }
    }

    static let units = Page(
        "help",
        [
            .heading("Units: numbers carry them"),
            .definitions([
                ("power", "W, kW, MW, GW, TW: 1.5GW, 3kW, 500MW, or with a space: 2 GW"),
                ("money", "a leading $: $45k, $203.71, $13.05B"),
                ("memory", "kB, MB, GB, TB, PB: 432GB"),
                ("compute", "GF, TF, PF, EF (FLOP/s): 20PF"),
                ("scales", "k, M, B, T on plain numbers and money: 160M, 290k, $3M"),
                ("percent", "55% is the plain number 0.55, shown as 55%"),
                ("conversion", "x -> UNIT or x to UNIT: 1.5GW -> MW is 1,500 MW; $13.05B -> $M; 0.25 -> %"),
                ("tolerance", "assert a == b within 1% (relative) or within 0.1GW (absolute)"),
                ("durations", "d calendar days, td trading days, w weeks, mo months, y years: 12mo, 20td"),
                ("digits", "_ groups digits: 26_666_667"),
            ]),
            .paragraph(
                "Arithmetic checks units: 1GW + $5 is an error naming both; 1GW / 3kW is a plain number; "
                    + "$45k * 290k is money. Results print at a readable scale (1.5 GW, $13.05B, 26,666,667)."),
            .commands([
                "print 1.5GW + 500MW", "print 1GW / 3kW", "print $45k * 290k", "print 1.5GW -> MW",
                "print $13.05B to $M", "assert 100 == 100.5 within 1%",
            ]),
        ])

    static let dates = Page(
        "help",
        [
            .heading("Dates and durations"),
            .definitions([
                ("dates", "2026-07-01; also 2026H2 (1 July) and 2026Q3 (first day of the quarter)"),
                ("durations", "12mo, 2y, 6w, 30d calendar days, 20td NYSE trading days"),
                ("arithmetic", "date + duration is a date; date - date is days; dates compare with < and =="),
                (
                    "trading days",
                    "the price is observed once per NYSE trading day (weekends and NYSE holidays skipped); "
                        + "a trading day is 1/252 year for the price model"
                ),
                (
                    "vesting days",
                    "a tranche vests on a trading day: a condition met on a Saturday counts from the next Monday"
                ),
            ]),
            .commands(["print 2026H2 + 12mo", "print 2026-07-03 + 5td", "print 2028-01-01 - 2026-07-01"]),
        ])

    static let language = Page(
        "help",
        [
            .heading("The language in one screen"),
            .commands([
                "let gw = 1.5GW + 500MW          # let names a value",
                "gw = gw + 1GW                   # assignment to an existing name",
                "fn value(shares, price) { return shares * (price - $0.01) }",
                "if gw > 2GW { print \"big\" } else { print \"small\" }",
                "for t in tranches() { print t.name, t.shares }",
                "assert 1GW / 3kW == 333_333.3 within 0.1",
                "print 1.5GW -> MW                # 1,500 MW; also 1.5GW to MW, $13.05B -> $M",
                "assert 2 GW == 2.01GW within 1%  # a percent is relative; 0.1GW would be absolute",
            ]),
            .paragraph(
                "Every command is a function: vesting at: 2028-01-01 is vesting(at: 2028-01-01). "
                    + "An open {, ( or [ continues on a ... prompt. A statement that fails leaves the scenario "
                    + "as it was. At the prompt, _ (or ans) is the last value shown."
            ),
        ])

    /// A command's help cut to its first clause, for a list of several commands (`help price`):
    /// the forms after a colon and the asides in brackets are on the command's own page.
    static func summary(of help: String) -> String {
        let cuts = [": ", " ("].compactMap { help.range(of: $0)?.lowerBound }
        return cuts.min().map { String(help[..<$0]) } ?? help
    }
}
