import Foundation

/// The edit mode's form is one GET form: it sends the dashboard as it is (title, every tile as a hidden `tegel`), the
/// chooser of a new tile (`nieuw-…`) and the button pressed (`actie`). The page applies the action and redirects to
/// the dashboard's new address, so the address bar always holds the dashboard as shown.
enum DashboardEdit: Equatable, Sendable {
    /// Rename (the title field is always sent; this is the form's first button, the one Enter presses).
    case apply
    case add
    /// Show the chooser again with its lists narrowed to what was chosen (the levels of the indicator, the areas above
    /// the level), keeping the choices; the dashboard does not change.
    case choose
    case remove(Int)
    case up(Int)
    case down(Int)

    static let parameterAction = "actie"
    static let parameterEdit = "bewerk"
    /// The chooser's fields: kind, indicator, level, parent, period, own group.
    static let newKind = "nieuw-soort"
    static let newIndicator = "nieuw-indicator"
    static let newLevel = "nieuw-niveau"
    static let newParent = "nieuw-binnen"
    static let newPeriod = "nieuw-periode"
    static let newAreas = "nieuw-gebieden"
    static let chooserParameters = [newKind, newIndicator, newLevel, newParent, newPeriod, newAreas]

    /// `actie=toevoegen`, `actie=weg-2`, `actie=op-2`, `actie=neer-2` (tiles counted from 1, as the page shows them).
    init?(_ text: String) {
        let parts = text.split(separator: "-", maxSplits: 1).map(String.init)
        let number = parts.count == 2 ? Int(parts[1]).map { $0 - 1 } : nil
        switch (parts.first ?? "", number) {
        case ("bewaar", nil): self = .apply
        case ("toevoegen", nil): self = .add
        case ("kies", nil): self = .choose
        case ("weg", let index?): self = .remove(index)
        case ("op", let index?): self = .up(index)
        case ("neer", let index?): self = .down(index)
        default: return nil
        }
    }

    var text: String {
        switch self {
        case .apply: "bewaar"
        case .add: "toevoegen"
        case .choose: "kies"
        case .remove(let index): "weg-\(index + 1)"
        case .up(let index): "op-\(index + 1)"
        case .down(let index): "neer-\(index + 1)"
        }
    }

    /// The new tile as the chooser describes it, in the dashboard's own encoding (so it is read by the same rule).
    static func newTile(_ pairs: [(name: String, value: String)]) -> String {
        func value(_ name: String) -> String {
            (pairs.last { $0.name == name }?.value ?? "").trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "~", with: "")
        }
        let areas = value(newAreas).split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).joined(separator: ",")
        var fields = [value(newKind), value(newIndicator), value(newLevel), value(newParent), value(newPeriod), areas]
        while fields.count > 3, fields.last?.isEmpty == true { fields.removeLast() }
        return fields.joined(separator: "~")
    }

    /// The dashboard after this action. An index outside the tiles, or a move past either end, changes nothing.
    func applied(to spec: DashboardSpec, newTile: String) -> DashboardSpec {
        var spec = spec
        let count = spec.entries.count
        switch self {
        case .apply, .choose: break
        case .add:
            // A full dashboard offers no chooser; a hand-made address asking more adds nothing.
            if count < DashboardSpec.maximumTiles { spec.entries.append(DashboardSpec.entry(newTile)) }
        case .remove(let index) where spec.entries.indices.contains(index):
            spec.entries.remove(at: index)
        case .up(let index) where index > 0 && index < count:
            spec.entries.swapAt(index, index - 1)
        case .down(let index) where index >= 0 && index < count - 1:
            spec.entries.swapAt(index, index + 1)
        default: break
        }
        return spec
    }
}
