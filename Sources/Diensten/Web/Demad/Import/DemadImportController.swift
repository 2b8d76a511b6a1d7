import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import Tabular
import Vapor

/// The import page (GET /demad/import, editors) and the upload (POST): the file is streamed to disk, read with
/// Tabular's CSV reader, checked row by row, and written in one transaction only when nothing is wrong.
struct DemadImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(DemadPath.Route.importFile.pattern) { req in try await Self.form(req) }
        routes.write(.demadImport) { req, context in try await Self.upload(req, context) }
    }

    static func editor(_ req: Request) throws -> Principal {
        let principal = try DemadAccess.member(req)
        guard DemadAccess.editor(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
        return principal
    }

    static func form(_ req: Request) async throws -> Response {
        _ = try editor(req)
        let csrf = CSRF.token(for: req)
        return DemadImportPage(language: req.language, csrf: csrf.token).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func upload(_ req: Request, _ context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-demad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let upload = try await WriteGuard.readUpload(.demadImport, req, into: directory).files.first { $0.field == "bestand" }
        let csrf = CSRF.token(for: req)
        var page = DemadImportPage(language: req.language, csrf: csrf.token)
        guard let upload, upload.bytes > 0 else {
            page.message = DemadWords(req.language).t["demad.import.noFile"]
            return page.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let name = upload.filename.isEmpty ? "bestand.csv" : String(upload.filename.suffix(120))
        do {
            let result = try await DemadImport.run(path: upload.path, file: name, organisationID: principal.organisationID, userID: principal.userID,
                                                   actor: AuditActor(principal), on: req.db)
            page.result = result
            return page.page().response(for: req, csrfCookie: csrf.cookie)
        } catch let refused as DemadImportRefused {
            page.problems = refused.problems
            return page.page().response(for: req, status: .unprocessableEntity, csrfCookie: csrf.cookie)
        }
    }
}

/// Reading a measurement file and writing it for an organisation: used by the page and by `stadsbeeld demad import`.
enum DemadImport {
    static func run(path: String, file: String, organisationID: Int, userID: Int?, actor: AuditActor, on database: any Database,
                    scale: DemadScale = .standard) async throws -> (cases: Int, newCases: Int, measurements: Int) {
        let (header, rows) = try readRows(path: path, file: file)
        if header.isEmpty { throw DemadImportRefused(problems: [.init(file: file, row: nil, column: nil, reason: "het bestand is leeg")]) }
        let read = DemadImportFile.read(file: file, header: header, rows: rows, scale: scale)
        guard read.problems.isEmpty else { throw DemadImportRefused(problems: read.problems) }
        let members = try await AccountService(database: database).users(organisationID: organisationID)
        let workers = Dictionary(members.compactMap { user in user.id.map { (user.email.lowercased(), $0) } }, uniquingKeysWith: { a, _ in a })
        return try await DemadStore(database: database).importEntries(read.entries, file: file, organisationID: organisationID, workers: workers,
                                                                    userID: userID, actor: actor)
    }

    /// The header and rows of a CSV file, or its reading problem located.
    static func readRows(path: String, file: String) throws -> (header: [String], rows: [(number: Int, cells: [String])]) {
        var header: [String] = []
        var rows: [(number: Int, cells: [String])] = []
        do {
            let reader = try CSVReader(path: path)
            while let row = try reader.next() {
                let cells = row.cells.map { $0.text ?? "" }
                if header.isEmpty && rows.isEmpty && row.number == 1 { header = cells } else { rows.append((row.number, cells)) }
            }
        } catch {
            throw DemadImportRefused(problems: [.init(file: file, row: error.location.row, column: error.location.column, reason: error.reason)])
        }
        return (header, rows)
    }
}
