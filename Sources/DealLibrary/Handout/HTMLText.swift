// Text made safe for HTML, and report tables as HTML tables.
import DealModel
import DealScript

enum HTMLText {
    /// `s` with the characters HTML gives meaning to escaped.
    static func escape(_ s: String) -> String { SVGChart.escape(s) }

    /// A report as a `<table>`: the same cells as its text table; number columns aligned
    /// right; a provenance cell carries its kind as a class (`public`, `assumption`, `yours`).
    static func table(_ report: ReportTable) -> String {
        table(report.textTable) { column, cell in
            report.columns[column].key == "provenance" ? ["mark " + cell.filter { $0.isLetter }] : []
        }
    }

    /// A text table (a simulation's or `economics`' own layout) as a `<table>`, cells as printed.
    static func table(_ text: TextTable) -> String {
        table(text) { _, _ in [] }
    }

    /// `text` as a `<table>`: right-aligned columns get the class `num`, and each cell the
    /// classes `classes` gives for its column and text.
    private static func table(_ text: TextTable, classes: (Int, String) -> [String]) -> String {
        var out = ["<table>"]
        if let title = text.title { out.append("<caption>\(escape(title))</caption>") }
        out.append("<thead><tr>")
        for c in text.columns {
            out.append("<th\(c.alignment == .right ? #" class="num""# : "")>\(escape(c.heading))</th>")
        }
        out.append("</tr></thead>")
        out.append("<tbody>")
        for cells in text.rows {
            var row = "<tr>"
            for (i, c) in text.columns.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                let names = (c.alignment == .right ? ["num"] : []) + classes(i, cell)
                row += "<td\(names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\"")>\(escape(cell))</td>"
            }
            out.append(row + "</tr>")
        }
        out.append("</tbody>")
        out.append("</table>")
        for note in text.notes { out.append("<p class=\"note\">\(escape(note))</p>") }
        return out.joined(separator: "\n")
    }
}
