import Tabular

/// The Swing file formats Stadsbeeld reads, recognised from the header row.
public enum SwingFormat: String, Sendable {
    /// `sequence nr | geoitem code | short name | name`
    case areaDefinitions = "gebiedsdefinities"
    /// Two columns, child level and parent level.
    case aggregationTable = "aggregatietabel"
    /// The theme tree (`theme code | name | parent`).
    case themeTree = "themaboom"
    /// Swing's indicator sheet (`Indicator code`, `Name`, …).
    case indicatorDefinitions = "indicatordefinities"
    /// `period | geolevel | geoitem | <indicator code>…`
    case dataWide = "data (formaat 1)"
    /// `PERIODE, GEBIEDSNIVEAU, GEBIED, ONDERWERP, WAARDE`
    case dataLong = "data (formaat 2)"

    enum Columns {
        static let indicatorCode = ["indicator code", "indicatorcode", "code indicator", "onderwerp code", "variable"]
        static let geoitemCode = ["geoitem code", "geoitemcode", "gebiedscode", "code"]
        static let period = ["period", "periode", "jaar", "year"]
        static let geolevel = ["geolevel", "gebiedsniveau", "niveau"]
        static let geoitem = ["geoitem", "gebied", "gebiedscode", "geoitem code"]
        static let subject = ["onderwerp", "indicator", "subject"]
        static let value = ["waarde", "value"]
    }

    /// Recognises the format from the header; nil when it is none of them.
    public static func detect(_ header: HeaderRow) -> SwingFormat? {
        if header.column(Columns.indicatorCode) != nil { return .indicatorDefinitions }
        if header.column(ThemeSheetReader.codeColumn) != nil { return .themeTree }
        let hasPeriod = header.column(Columns.period) != nil
        let hasArea = header.column(Columns.geoitem) != nil
        if hasPeriod, hasArea, header.column(Columns.subject) != nil, header.column(Columns.value) != nil {
            return .dataLong
        }
        if hasPeriod, hasArea { return .dataWide }
        if header.column(["geoitem code", "geoitemcode"]) != nil || header.column(["sequence nr", "volgnummer"]) != nil {
            return .areaDefinitions
        }
        if header.nonEmptyCount == 2 { return .aggregationTable }
        return nil
    }
}

extension HeaderRow {
    /// In format 1, the indicator columns: every named column but period, level and area, with its code.
    public var indicatorColumns: [(column: Int, code: String)] {
        let keys = [SwingFormat.Columns.period, SwingFormat.Columns.geolevel, SwingFormat.Columns.geoitem].compactMap { column($0) }
        return names.enumerated().compactMap { column, name in
            let code = name.trimmingCharacters(in: .whitespaces)
            return keys.contains(column) || code.isEmpty ? nil : (column, code)
        }
    }
}
