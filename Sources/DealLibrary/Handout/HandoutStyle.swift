// The handout's inline stylesheet: readable on a projector and on paper, no external files.
import DealModel
import DealScript

enum HandoutStyle {
    static let css = """
        body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
        h1 { font-size: 1.7em; margin-bottom: 0.2em; }
        h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
        p.lead { color: #555; margin-top: 0; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; width: 100%; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
        th, td { border-bottom: 1px solid #e2e2e2; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .mark { font-weight: bold; white-space: nowrap; }
        .mark.public { color: #1a7f37; }
        .mark.assumption { color: #b35900; }
        .mark.yours { color: #6f42c1; }
        p.note { color: #555; font-size: 0.9em; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; }
        dl.terms { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
        dl.terms dt { font-weight: bold; }
        dl.terms dd { margin: 0; }
        footer { margin-top: 3em; color: #777; font-size: 0.85em; }
        @page { size: A4; margin: 15mm; }
        @media print { body { margin: 0 auto; padding: 0; } h2 { page-break-after: avoid; } figure, tr { page-break-inside: avoid; } }
        """
}
