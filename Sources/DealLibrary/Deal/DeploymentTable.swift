// `deployment at: DATE` as a report: delivered power, GPUs and money by phase and generation.
import DealModel
import DealScript

extension ReportTable {
    /// The deployment report: phases, then one row per generation, then the total.
    static func deployment(_ report: DeploymentReport, scenario: String) -> ReportTable {
        func row(_ r: DeploymentRow, kind: String) -> [(String, Value)] {
            [
                ("name", .string(r.name)), ("kind", .string(kind)),
                ("gen", r.generation.isEmpty ? .nil : .string(r.generation)),
                ("delivered", .number(r.deliveredWatts, .watts)), ("size", .number(r.sizeWatts, .watts)),
                ("gpus", .plain(r.gpus)), ("revenue", .number(r.revenue, .dollars)),
            ]
        }
        let rows =
            report.phases.map { row($0, kind: "phase") }
            + report.generations.map { row($0, kind: "generation") }
            + [row(report.total, kind: "total")]
        let columns = [
            ReportColumn("name", "name"), ReportColumn("gen", "gen"),
            ReportColumn("delivered", "delivered", .right, format: LevelText.watts),
            ReportColumn("size", "of", .right),
            ReportColumn("gpus", "GPUs", .right), ReportColumn("revenue", "AMD revenue", .right),
        ]
        let t = report.total
        return ReportTable(
            typeName: "deployment", title: "deployment on \(report.date) (scenario \(scenario))",
            columns: columns, rows: rows,
            summary: [
                ("scenario", .string(scenario)), ("date", .date(report.date)),
                ("delivered", .number(t.deliveredWatts, .watts)),
                ("gpus", .plain(t.gpus)), ("revenue", .number(t.revenue, .dollars)),
            ])
    }
}
