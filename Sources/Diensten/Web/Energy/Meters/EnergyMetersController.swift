import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// GET /energiedelen/gebouwen/:building/meterdata (what is stored, the upload form) and POST (one or more Fluvius
/// quarter-hour exports). The files are streamed to disk within `WriteRoute.energyUploadMeters.maximumBody`, read
/// whole, and stored only when none has a problem: every problem is shown with its file, row, column and reason
/// (400) and nothing is written then.
struct EnergyMetersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(EnergyPath.Route.meters.pattern) { req in
            let principal = try EnergyAccess.member(req)
            let building = try await EnergyAccess.building(req, principal: principal)
            let csrf = CSRF.token(for: req)
            let page = EnergyMetersPage(
                building: building, stored: try await EnergyStore(database: req.db).meterYears(buildingID: building.id),
                notice: Self.notice(req), mayEdit: EnergyAccess.mayEdit(principal), csrf: csrf.token, language: req.language)
            return page.page().response(for: req, csrfCookie: csrf.cookie)
        }
        routes.write(.energyUploadMeters) { req, context in try await Self.upload(req, context) }
    }

    /// The confirmation after a redirect: a new building, or an upload with how many EAN-years it added and replaced.
    static func notice(_ req: Request) -> String? {
        let t = DienstenText.strings(req.language)
        if req.query[String.self, at: "nieuw"] == "1" { return t["energy.meters.created"] }
        guard let added = req.query[String.self, at: "toegevoegd"].flatMap(Int.init),
              let replaced = req.query[String.self, at: "vervangen"].flatMap(Int.init), added >= 0, replaced >= 0
        else { return nil }
        return t("energy.meters.uploaded", String(added), String(replaced))
    }

    static func upload(_ req: Request, _ context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-energie-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // The body first: its CSRF token is checked before anything else is answered.
        let form = try await WriteGuard.readUpload(.energyUploadMeters, req, into: directory)
        let building = try await EnergyAccess.building(req, principal: principal)
        let store = EnergyStore(database: req.db)
        let csrf = CSRF.token(for: req)
        var page = EnergyMetersPage(building: building, stored: try await store.meterYears(buildingID: building.id), notice: nil,
                                    mayEdit: true, csrf: csrf.token, language: req.language)
        let files = form.files.filter { $0.field == "files" && (!$0.filename.isEmpty || $0.bytes > 0) }
        guard !files.isEmpty else {
            page.formProblems = [DienstenText.strings(req.language)["energy.meters.noFile"]]
            return page.page().response(for: req, status: .badRequest)
        }
        let read = Self.read(files: files.enumerated().map { index, file in
            (name: Self.displayName(file.filename, index: index), data: (try? Data(contentsOf: URL(fileURLWithPath: file.path))) ?? Data())
        }, building: building.setup, words: EnergyWords(req.language))
        guard read.problems.isEmpty else {
            page.problems = read.problems
            return page.page().response(for: req, status: .badRequest)
        }
        let saved = try await store.saveMeters(read.uploads, building: building, actor: AuditActor(principal))
        return req.redirect(to: EnergyPath.meters(building.id).url([("toegevoegd", String(saved.added.count)),
                                                                   ("vervangen", String(saved.replaced.count))]), redirectType: .normal)
    }

    /// Reads every file and cuts its series into years; problems of all files together, or the years to store.
    static func read(files: [(name: String, data: Data)], building: EnergyBuildingSetup,
                     words: EnergyWords) -> (uploads: [EnergyMeterYearUpload], problems: [EnergyFileProblem]) {
        let t = words.t
        let known = Set(building.apartments.map(\.ean) + [building.installationEAN])
        var problems: [EnergyFileProblem] = []
        var uploads: [EnergyMeterYearUpload] = []
        var seen: [String: String] = [:]  // "EAN year" → file
        for file in files {
            let history: MeterHistory
            do {
                history = try FluviusHistoryReader.read(file.data)
            } catch {
                problems += error.problems.map { EnergyFileProblem(file: file.name, row: $0.row, column: $0.column, reason: $0.reason) }
                if error.truncated { problems.append(EnergyFileProblem(file: file.name, row: nil, column: nil, reason: t["energy.meters.more"])) }
                continue
            }
            for series in history.series {
                guard known.contains(series.ean) else {
                    problems.append(EnergyFileProblem(file: file.name, row: nil, column: "EAN", reason: t("energy.meters.unknownEAN", series.ean)))
                    continue
                }
                for meterYear in MeterYear.years(of: series) {
                    let key = "\(series.ean) \(meterYear.year)"
                    if let other = seen[key] {
                        problems.append(EnergyFileProblem(file: file.name, row: nil, column: "EAN",
                                                          reason: t("energy.meters.twice", series.ean, String(meterYear.year), other)))
                        continue
                    }
                    seen[key] = file.name
                    uploads.append(EnergyMeterYearUpload(ean: series.ean, meterYear: meterYear, sourceFile: file.name))
                }
            }
        }
        return (uploads, problems)
    }

    /// The file's own name (no folders), at most 120 characters; "bestand-N.csv" when the browser sent none.
    static func displayName(_ filename: String, index: Int) -> String {
        let name = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return name.isEmpty ? "bestand-\(index + 1).csv" : String(name.prefix(120))
    }
}
