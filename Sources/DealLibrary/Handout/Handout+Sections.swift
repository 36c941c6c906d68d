// The handout's sections for delivery risk (what binds), several deals side by side (their
// odds together and their economics), and two scenarios compared.
import DealModel
import DealScript
import Foundation

extension Handout {
    /// What binds: per tranche, the paths on which it lapsed for want of gigawatts, of price, or both.
    static func bindsSection(_ s: SimulationObject, deal: String? = nil) -> String {
        let title = "<h3>What binds\(deal.map { ", deal \(HTMLText.escape($0))" } ?? ""): delivery or the market</h3>"
        guard s.deliveryBinds else {
            return title
                + "\n<p>Every tranche that lapses on a simulated path lapses for want of price: its gigawatts come in "
                + "time on every path (no phase here slips or falls short beyond its term). Give a phase a "
                + "<code>slip:</code> or <code>delivers:</code> distribution to see deliveries bind.</p>"
        }
        return [
            title,
            "<p>On the simulated paths (real world), why each tranche lapsed: its gigawatts never came within its "
                + "term (its price target met, or none), its target was never met in time, or neither came.</p>",
            HTMLText.table(SimulationText(s).binds),
        ].joined(separator: "\n")
    }

    /// The deals side by side: each deal's value, their odds together, and the economics table.
    static func dealsSection(joint: JointSimulationObject?, economics: EconomicsObject?) -> String {
        var out = ["<h2>The deals side by side</h2>"]
        out.append(
            "<p>The warrants vest on one AMD share price: their price targets are met on the same days, while each "
                + "waits for its own gigawatts. Fully vested, they dilute existing holders by both warrants' shares "
                + "over the shares outstanding plus all vested shares.</p>")
        if let joint {
            for (name, object) in joint.deals {
                out.append(
                    valueSection(object).replacingOccurrences(
                        of: "<h2>Value as of", with: "<h3>\(HTMLText.escape(name)): value as of"
                    ).replacingOccurrences(of: "</h2>", with: "</h3>"))
                out.append(bindsSection(object, deal: name))
            }
            out.append("<h3>Together on the same paths</h3>")
            out.append(HTMLText.table(joint.together))
            out.append(HTMLText.table(joint.combined))
        }
        if let economics { out.append(economicsSection(economics, level: 3)) }
        return out.joined(separator: "\n")
    }

    /// Deal economics: revenue, warrant value and the effective discount, per GW.
    static func economicsSection(_ e: EconomicsObject, level: Int = 2) -> String {
        [
            "<h\(level)>Deal economics, per GW delivered</h\(level)>",
            "<p>What AMD earns on the GPUs and what it gives up in shares, in dollars a workshop can compare with "
                + "other compute deals (NVIDIA-OpenAI: about $10B invested per GW). The share of revenue is the "
                + "effective discount on the GPUs.</p>",
            HTMLText.table(e.table),
        ].joined(separator: "\n")
    }

    /// Two scenarios compared, tranche by tranche (and deal by deal).
    static func comparisonSection(_ table: ReportTable, a: String, b: String) -> String {
        [
            "<h2>Two scenarios compared: \(HTMLText.escape(a)) and \(HTMLText.escape(b))</h2>",
            "<p>The same tranches under two scenarios, each along its own price path and deliveries: where a "
                + "tranche vests in one and not the other, the difference in terms is what decides it.</p>",
            HTMLText.table(table),
        ].joined(separator: "\n")
    }
}
