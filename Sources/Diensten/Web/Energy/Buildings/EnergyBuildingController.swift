import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The buildings of the member's organisation: the list, a new building, its setup, its year result and its
/// CSV exports. Every page needs a session; a building of another organisation answers 404.
struct EnergyBuildingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(EnergyPath.Route.buildings.pattern) { req in try await Self.list(req) }
        routes.write(.energyCreateBuilding) { req, context in try await Self.create(req, context) }
        routes.get(EnergyPath.Route.newBuilding.pattern) { req in
            let principal = try EnergyAccess.member(req)
            guard EnergyAccess.mayEdit(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
            let csrf = CSRF.token(for: req)
            var input = EnergyBuildingSetup.Input()
            input.key = SharingKey.optimal.rawValue
            return EnergySettingsPage(buildingID: nil, input: input, csrf: csrf.token, language: req.language).page()
                .response(for: req, csrfCookie: csrf.cookie)
        }
        routes.get(EnergyPath.Route.building.pattern) { req in try await Self.show(req) }
        routes.get(EnergyPath.Route.settings.pattern) { req in
            let principal = try EnergyAccess.member(req)
            let building = try await EnergyAccess.building(req, principal: principal)
            guard EnergyAccess.mayEdit(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
            let csrf = CSRF.token(for: req)
            return EnergySettingsPage(buildingID: building.id, input: .init(building.setup), csrf: csrf.token, language: req.language).page()
                .response(for: req, csrfCookie: csrf.cookie)
        }
        routes.write(.energySaveSettings) { req, context in try await Self.save(req, context) }
        routes.get(EnergyPath.Route.apartmentsCSV.pattern) { req in try await Self.export(req, months: false) }
        routes.get(EnergyPath.Route.monthsCSV.pattern) { req in try await Self.export(req, months: true) }
    }

    static func list(_ req: Request) async throws -> Response {
        let principal = try EnergyAccess.member(req)
        let buildings = try await EnergyStore(database: req.db).list(organisationID: principal.organisationID)
        return EnergyBuildingsPage(organisationName: try await EnergyAccess.organisationName(req, principal), buildings: buildings,
                                   mayEdit: EnergyAccess.mayEdit(principal), language: req.language).page().response(for: req)
    }

    static func input(_ req: Request) -> EnergyBuildingSetup.Input {
        let fields = EnergyFormFields(req: req)
        var input = EnergyBuildingSetup.Input()
        input.name = fields["name"]
        input.installationEAN = fields["installationEAN"]
        input.kWp = fields["kWp"]
        input.installationCost = fields["installationCost"]
        input.key = fields["key"]
        input.energyPrice = fields["energyPrice"]
        input.injectionPrice = fields["injectionPrice"]
        input.networkCosts = fields["networkCosts"]
        input.apartments = fields["apartments"]
        return input
    }

    static func create(_ req: Request, _ context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        let input = Self.input(req)
        switch EnergyBuildingSetup.read(input) {
        case .failure(let list):
            let csrf = CSRF.token(for: req)
            return EnergySettingsPage(buildingID: nil, input: input, problems: list.problems, csrf: csrf.token, language: req.language).page()
                .response(for: req, status: .badRequest)
        case .success(let setup):
            let id = try await EnergyStore(database: req.db).create(setup, organisationID: principal.organisationID, actor: AuditActor(principal))
            return req.redirect(to: EnergyPath.meters(id).url([("nieuw", "1")]), redirectType: .normal)
        }
    }

    static func save(_ req: Request, _ context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        let building = try await EnergyAccess.building(req, principal: principal)
        let input = Self.input(req)
        switch EnergyBuildingSetup.read(input) {
        case .failure(let list):
            let csrf = CSRF.token(for: req)
            return EnergySettingsPage(buildingID: building.id, input: input, problems: list.problems, csrf: csrf.token, language: req.language)
                .page().response(for: req, status: .badRequest)
        case .success(let setup):
            try await EnergyStore(database: req.db).update(building, to: setup, actor: AuditActor(principal))
            return req.redirect(to: EnergyPath.building(building.id).url([("bewaard", "1")]), redirectType: .normal)
        }
    }

    /// The building's year: the asked one when it has data, else the latest.
    static func year(_ req: Request, years: [Int]) -> Int? {
        if let asked = req.query[String.self, at: "jaar"].flatMap(Int.init), years.contains(asked) { return asked }
        return years.max()
    }

    static func compute(_ req: Request, _ building: StoredEnergyBuilding) async throws -> (years: [Int], year: Int?, outcome: EnergyBuildingPage.Outcome) {
        let store = EnergyStore(database: req.db)
        let years = Array(Set(try await store.meterYears(buildingID: building.id).map(\.year))).sorted(by: >)
        guard let year = Self.year(req, years: years) else { return (years, nil, .noData) }
        let meters = try await store.meters(buildingID: building.id, year: year)
        switch EnergyBuildingYear.building(building.setup, meters: meters, year: year) {
        case .failure(let missing):
            return (years, year, .missing(missing))
        case .success(let sharing):
            do {
                return (years, year, .result(try SharingSimulation.run(sharing, tariffs: building.setup.tariffs)))
            } catch {
                throw Abort(.unprocessableEntity, reason: "dit gebouw kan niet doorgerekend worden: \(error.description)")
            }
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try EnergyAccess.member(req)
        let building = try await EnergyAccess.building(req, principal: principal)
        let computed = try await Self.compute(req, building)
        let t = DienstenText.strings(req.language)
        let notice = req.query[String.self, at: "bewaard"] == "1" ? t["energy.building.saved"] : nil
        return EnergyBuildingPage(building: building, years: computed.years, year: computed.year, outcome: computed.outcome, notice: notice,
                                  mayEdit: EnergyAccess.mayEdit(principal), language: req.language).page().response(for: req)
    }

    static func export(_ req: Request, months: Bool) async throws -> Response {
        let principal = try EnergyAccess.member(req)
        let building = try await EnergyAccess.building(req, principal: principal)
        let computed = try await Self.compute(req, building)
        guard case .result(let result) = computed.outcome, let year = computed.year else {
            throw Abort(.notFound, reason: "dit gebouw heeft nog geen volledig jaar meterdata om uit te voeren")
        }
        let export = EnergyExport(words: EnergyWords(req.language))
        let name = "energiedelen-\(building.id)-\(year)-\(months ? "maanden" : "appartementen").csv"
        return Download.file(months ? export.months(result) : export.apartments(result, apartments: building.setup.apartments), name: name)
    }
}
