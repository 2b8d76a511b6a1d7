import Foundation

/// Opens a table file without the caller having to know its format.
public enum TableFile {
    /// Opens `path` as XLSX when it is a zip archive, otherwise as CSV. A file
    /// named .xlsx that is not a zip is refused rather than read as text, since
    /// reading it as CSV would only produce nonsense rows. `sheet` applies to
    /// workbooks only.
    public static func open(path: String, sheet: String? = nil,
                            limits: TabularLimits = .standard) throws(TabularError) -> any RowReader {
        let url = URL(fileURLWithPath: path)
        let file = url.lastPathComponent
        let ext = url.pathExtension.lowercased()
        guard let stream = fopen(path, "rb") else {
            throw TabularError(location: TabularLocation(file: file),
                               reason: "het bestand bestaat niet of kan niet gelezen worden",
                               kind: .unreadableFile)
        }
        fclose(stream)

        let signature = fileSignature(path: path)
        if signature.starts(with: zipSignature) {
            return try XLSXReader(path: path, sheet: sheet, limits: limits)
        }
        // The OLE container holds both old .xls workbooks and password-protected
        // .xlsx files; neither can be read here, and the user can fix both.
        let isOLE = signature.starts(with: oleSignature)
        if ext == "xlsx" || ext == "xlsm" {
            throw TabularError(
                location: TabularLocation(file: file),
                reason: isOLE
                    ? TabularError.notXLSXReason
                        + " (het is met een wachtwoord beveiligd of in het oude .xls-formaat opgeslagen)"
                    : TabularError.notXLSXReason,
                kind: .notXLSX)
        }
        if ext == "xls" || isOLE {
            throw TabularError(location: TabularLocation(file: file),
                               reason: "het oude Excel-formaat (.xls) wordt niet ondersteund; "
                                   + "sla het bestand op als .xlsx of als CSV UTF-8",
                               kind: .unsupportedFormat)
        }
        return try CSVReader(path: path, limits: limits)
    }
}
