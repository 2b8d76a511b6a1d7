import Platform
import CijfersDomain
import CijfersImport
import Fluent

extension ImportJob {
    /// Creates or updates themes by code.
    func importThemes(_ sheet: OpenedSheet, db: any Database) async throws {
        let themes = try ThemeSheetReader.read(sheet.reader, header: sheet.header, problems: problems)
        guard problems.isEmpty else { return }
        let existing = Dictionary(uniqueKeysWithValues: try await ThemeModel.query(on: db).all().map { ($0.code, $0) })
        for theme in themes {
            if let model = existing[theme.code] {
                model.update(from: theme)
                try await model.save(on: db)
            } else {
                try await ThemeModel(theme).create(on: db)
            }
        }
        summary.rows += themes.count
    }
}
