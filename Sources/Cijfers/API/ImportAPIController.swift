import AccessDomain
import CijfersImport
import Platform
import Vapor

/// `POST /api/v1/imports`: the same import as the command line, for scripts with a write token. Files come as
/// multipart parts named `file` (or `files[]`); the import is one transaction and is recorded in the audit trail.
/// The token is checked before the upload is read; the parts are then streamed to disk, at most
/// `WriteRoute.importData.maximumBody` in all (413 past it).
struct ImportAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.write(.importData, use: importFiles)
    }

    /// The form fields that carry files.
    static func isFileField(_ name: String) -> Bool {
        name == "file" || name == "files" || name == "files[]" || (name.hasPrefix("files[") && name.hasSuffix("]"))
    }

    struct Result: Content {
        let files: Int
        let rows: Int
        let values: Int
        let aggregated: Int
        let indicators: Int
        let indicatorsWithData: [String]
        let seconds: Double
        let notices: [String]
    }

    struct Refusal: Content {
        let error: Bool
        let status: Int
        let message: String
        let problems: [String]
    }

    @Sendable func importFiles(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let upload = try await WriteGuard.readUpload(.importData, req, into: directory)
        let files = upload.files.filter { Self.isFileField($0.field) }
        guard !files.isEmpty else { throw Abort(.badRequest, reason: "stuur minstens één bestand mee in een multipart-deel 'file'") }
        let mode: ImportOptions.Mode
        switch upload.value("mode") ?? "replace" {
        case "replace": mode = .replace
        case "append": mode = .append
        default: throw Abort(.badRequest, reason: "mode is replace of append")
        }
        let skipUnknown: Bool
        switch upload.value("skip_unknown")?.lowercased() ?? "false" {
        case "true", "1", "on": skipUnknown = true
        case "false", "0", "off", "": skipUnknown = false
        default: throw Abort(.badRequest, reason: "skip_unknown is true of false")
        }
        var importFiles: [ImportFile] = []
        for (index, file) in files.enumerated() {
            // One folder per part, so the problems name the file as it was sent, even when two parts share a name.
            let folder = directory.appendingPathComponent(String(index + 1))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent(Self.safeName(file.filename, index: index))
            try FileManager.default.moveItem(atPath: file.path, toPath: url.path)
            importFiles.append(ImportFile(path: url.path))
        }
        let permission: ImportPermission = principal.isPlatformAdmin ? .everything : .organisation(principal.organisationID)
        do {
            let summary = try await ImportService(database: req.db, catalogStore: req.application.catalogStore).run(
                importFiles, options: ImportOptions(mode: mode, skipUnknown: skipUnknown),
                actor: AuditActor(principal), permission: permission)
            let result = Result(files: summary.files, rows: summary.rows, values: summary.values, aggregated: summary.aggregated,
                                indicators: summary.indicators, indicatorsWithData: summary.indicatorsWithData.sorted(),
                                seconds: summary.seconds, notices: summary.notices)
            let response = Response(status: .created)
            try response.content.encode(result)
            return response
        } catch let failure as ImportFailure {
            let response = Response(status: .unprocessableEntity)
            try response.content.encode(Refusal(
                error: true, status: 422, message: "import geweigerd: \(failure.problemCount) probleem/problemen; er is niets gewijzigd",
                problems: failure.report))
            return response
        }
    }

    /// The uploaded name without any directory part, so a name like `../../x` cannot leave the upload folder;
    /// the extension is kept because it tells the importer the format.
    static func safeName(_ filename: String, index: Int) -> String {
        let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = base.filter { $0.isLetter || $0.isNumber || "._- ".contains($0) }
        let name = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return name.isEmpty ? "bestand-\(index + 1)" : name
    }
}
