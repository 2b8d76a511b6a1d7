import CijfersDomain
import Platform
import Fluent
import Vapor

extension DownloadFileName {
    /// The name of a download of `table`, the answer to `selection`: the indicators' names, the level's name, the
    /// area it is narrowed to (`parentName`) or the chosen areas, and the periods the answer holds.
    init(table: DataTable, selection: DataSelection, parentName: String?, suffix: String? = nil, language: SiteLanguage = .nl) {
        let subjects = table.indicators.count <= 3
            ? table.indicators.map(\.name)
            : [CijfersText.strings(language)("downloads.manyIndicators", String(table.indicators.count))]
        var within: [String] = []
        if let parentName {
            within.append(parentName)
        } else if let parent = selection.parent {
            within.append(parent.split(separator: ":").last.map(String.init) ?? parent)
        }
        if selection.areas != nil {
            within += table.areas.count <= 3
                ? table.areas.map(\.name)
                : [CijfersText.strings(language)("downloads.manyAreas", String(table.areas.count))]
        }
        self.init(subjects: subjects, level: table.level.name, within: within, periods: table.periods, suffix: suffix)
    }

    /// The name of the area a selection is narrowed to, when the catalog knows it.
    static func parentName(of selection: DataSelection, catalog: Catalog, database: any Database) -> String? {
        guard let parent = selection.parent,
              let key = try? DataQuery(database: database, catalog: catalog).resolveParent(parent, below: selection.level)
        else { return nil }
        return catalog.areas[key]?.name
    }
}

extension HTTPHeaders {
    /// `Content-Disposition` for a download named by `name`: an ASCII `filename` and the full `filename*`.
    mutating func download(_ name: DownloadFileName, extension fileExtension: String, inline: Bool = false) {
        replaceOrAdd(name: .contentDisposition, value: name.contentDisposition(extension: fileExtension, inline: inline))
    }
}
