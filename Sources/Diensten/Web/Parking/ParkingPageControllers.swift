import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// What every city page needs: the organisation of the path and who may see and change its register.
struct ParkingCity {
    let code: String
    let name: String
    let id: Int
    let model: OrganisationModel

    static func find(_ req: Request) async throws -> ParkingCity {
        let code = try req.parameters.require("organisation")
        guard let model = try await OrganisationService(database: req.db).find(code: code), let id = model.id else {
            throw Abort(.notFound, reason: "die stad bestaat niet")
        }
        return ParkingCity(code: model.code, name: model.name, id: id, model: model)
    }

    func allows(_ rule: AccessRule, _ req: Request) -> Bool {
        var principal = req.principal
        if case .token = principal?.credential { principal = nil }
        return Authorization.decide(rule, principal: principal, targetOrganisation: id) == .allowed
    }

    /// A page only the city's members see.
    func requireMember(_ req: Request) throws {
        _ = try WriteGuard.requirePage(.member(.viewer), req, organisation: model)
    }
}

/// A form body as ordered pairs, so repeated fields (checkboxes) keep every value.
enum ParkingFormBody {
    static func pairs(_ req: Request) -> [(String, String)] {
        guard let body = req.body.string else { return [] }
        return body.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The last value of each field, and repeated fields joined with a space.
    static func values(_ pairs: [(String, String)], repeated: Set<String> = []) -> [String: String] {
        var out: [String: String] = [:]
        for (key, value) in pairs {
            if repeated.contains(key) { out[key] = (out[key].map { $0 + " " } ?? "") + value } else { out[key] = value }
        }
        return out
    }
}

/// The public pages (entry, a city's zones, a zone) and the check form for the city's members.
struct ParkingPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ParkingPath.Route.home.pattern) { req in try await Self.home(req) }
        routes.get(ParkingPath.Route.city.pattern) { req in try await Self.city(req) }
        routes.get(ParkingPath.Route.zone.pattern) { req in try await Self.zone(req) }
        routes.get(ParkingPath.Route.check.pattern) { req in try await Self.check(req) }
    }

    static func home(_ req: Request) async throws -> Response {
        let cities = try await ParkingStore(database: req.db).cities()
        return ParkingHomePage(cities: cities, language: req.language).page().response(for: req)
    }

    static func city(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        let zones = try await ParkingStore(database: req.db).zones(city.id).map(\.zone)
        return ParkingCityPage(city: city.code, cityName: city.name, zones: zones, isMember: city.allows(.member(.viewer), req),
                               mayEdit: city.allows(.member(.editor), req), language: req.language).page().response(for: req)
    }

    static func zone(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        let code = try req.parameters.require("zone")
        guard let zone = try await ParkingStore(database: req.db).zones(city.id).first(where: { $0.code == code }) else {
            throw Abort(.notFound, reason: "die zone bestaat niet in deze stad")
        }
        return ParkingZonePage(city: city.code, cityName: city.name, zone: zone.zone, language: req.language).page().response(for: req)
    }

    static func check(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        try city.requireMember(req)
        let zones = try await ParkingStore(database: req.db).zones(city.id).map(\.zone)
        let t = DienstenText.strings(req.language)
        var page = ParkingCheckPage(city: city.code, cityName: city.name, zones: zones, language: req.language)
        let plate = req.query[String.self, at: "plate"]
        guard let plate else {
            page.values.moment = ParkingCheckPage.inputValue(Date())
            page.values.zone = zones.first?.id ?? ""
            return page.page().response(for: req)
        }
        page.values = .init(plate: plate, country: req.query[String.self, at: "country"] ?? "BE", zone: req.query[String.self, at: "zone"] ?? "",
                            moment: req.query[String.self, at: "moment"] ?? "", since: req.query[String.self, at: "since"] ?? "")
        let at = ParkingCheckPage.localMoment(page.values.moment)
        if at == nil { page.problems.append(("moment", t["parking.check.error.moment"])) }
        var since: Date?
        if !page.values.since.isEmpty {
            since = ParkingCheckPage.localMoment(page.values.since)
            if since == nil { page.problems.append(("since", t["parking.check.error.since"])) }
        }
        if page.values.plate.trimmingCharacters(in: .whitespaces).isEmpty { page.problems.append(("plate", t["parking.check.error.plateEmpty"])) }
        guard page.problems.isEmpty, let at else { return page.page().response(for: req, status: .badRequest) }
        let outcome = try await ParkingChecking.run(req, organisationID: city.id, plate: page.values.plate, country: page.values.country,
                                                     zone: page.values.zone, at: at, since: since, channel: "page")
        switch outcome {
        case .failure(.badPlate(let error)):
            page.problems.append(("plate", t("parking.check.error.plate", error.description)))
            return page.page().response(for: req, status: .badRequest)
        case .failure(.unknownZone(let code)):
            page.problems.append(("zone", t("parking.check.error.zone", code)))
            return page.page().response(for: req, status: .badRequest)
        case .success(let answer):
            page.answer = answer
            page.at = at
            return page.page().response(for: req)
        }
    }
}

/// The register for the city's staff: holders, search by plate, issuing a right with the city's rules, suspending
/// and revoking, plate changes. Reading takes a member of the city; writing an editor.
struct ParkingRegisterController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ParkingPath.Route.register.pattern) { req in try await Self.register(req) }
        routes.write(.parkingHolderCreate) { req, _ in try await Self.createHolder(req) }
        routes.get(ParkingPath.Route.holder.pattern) { req in try await Self.holder(req) }
        routes.write(.parkingRightIssue) { req, _ in try await Self.issue(req) }
        routes.write(.parkingRightStatus) { req, _ in try await Self.status(req) }
        routes.write(.parkingRightPlate) { req, _ in try await Self.changePlate(req) }
    }

    static func registerPage(_ req: Request, _ city: ParkingCity, search: String) async throws -> ParkingRegisterPage {
        let store = ParkingStore(database: req.db)
        let t = DienstenText.strings(req.language)
        var found: [ParkingRight] = []
        var problems: [(field: String, message: String)] = []
        if !search.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                let plate = try LicencePlate(search)
                found = try await store.rights(plateKeys: [plate.key], organisationID: city.id)
            } catch {
                // Not a Belgian plate: try it as a foreign one (letters and digits kept as typed).
                if let plate = try? LicencePlate(search, country: "NL") {
                    let keys = try await store.vehicles(city.id).map(\.plate.key).filter { $0.hasSuffix(":" + plate.characters) }
                    found = try await store.rights(plateKeys: keys + ["NL:" + plate.characters], organisationID: city.id)
                } else {
                    problems.append(("kenteken", t("parking.check.error.plate", "\(error)")))
                }
            }
        }
        let holderIDs = Set(found.compactMap { $0.holderID.flatMap(Int.init) })
        let names = Dictionary(try await store.holders(ids: Array(holderIDs)).map { (String($0.id), $0.reference) }, uniquingKeysWith: { a, _ in a })
        let csrf = CSRF.token(for: req)
        var page = ParkingRegisterPage(city: city.code, cityName: city.name, search: search, found: found, holders: try await store.holders(city.id),
                                       holderNames: names, ruleSet: try await store.ruleSet(city.id), mayEdit: city.allows(.member(.editor), req),
                                       csrf: csrf.token, language: req.language)
        page.problems = problems
        return page
    }

    static func register(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        try city.requireMember(req)
        let search = req.query[String.self, at: "kenteken"] ?? ""
        var page = try await registerPage(req, city, search: search)
        if req.query[String.self, at: "aangemaakt"] != nil { page.notice = DienstenText.strings(req.language)["parking.holder.created"] }
        let csrf = CSRF.token(for: req)
        return page.page().response(for: req, status: page.problems.isEmpty ? .ok : .badRequest, csrfCookie: csrf.cookie)
    }

    static func number(_ text: String) -> Double? { Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")) }

    static func createHolder(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        let values = ParkingFormBody.values(ParkingFormBody.pairs(req)).mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let t = DienstenText.strings(req.language)
        var problems: [(field: String, message: String)] = []
        for (field, limit) in [("reference", 60), ("name", 200), ("street", 200), ("number", 20), ("unit", 60)] {
            let value = values[field] ?? ""
            if value.isEmpty { problems.append((field, t["parking.holder.error.\(field)"])) } else if value.count > limit {
                problems.append((field, t("parking.form.tooLong", String(limit))))
            }
        }
        let longitude = number(values["longitude"] ?? "")
        let latitude = number(values["latitude"] ?? "")
        if longitude.map({ !(-180...180).contains($0) }) ?? true { problems.append(("longitude", t["parking.holder.error.longitude"])) }
        if latitude.map({ !(-90...90).contains($0) }) ?? true { problems.append(("latitude", t["parking.holder.error.latitude"])) }
        if problems.isEmpty, let longitude, let latitude {
            do {
                let id = try await ParkingStore(database: req.db).createHolder(
                    reference: values["reference"] ?? "", name: values["name"] ?? "",
                    address: HolderAddress(street: values["street"] ?? "", number: values["number"] ?? "", housingUnit: values["unit"] ?? "",
                                           point: ZonePoint(longitude: longitude, latitude: latitude)),
                    organisationID: city.id, actor: req.auditActor)
                req.application.parkingRegistry.invalidate(city.id)
                return req.redirect(to: ParkingPath.holder(city.code, id).url([("aangemaakt", "1")]), redirectType: .normal)
            } catch is RefusedAction {
                problems.append(("reference", t["parking.holder.error.referenceTaken"]))
            }
        }
        var page = try await registerPage(req, city, search: "")
        page.values = values
        page.problems = problems
        return page.page().response(for: req, status: .badRequest)
    }

    static func holderPage(_ req: Request, _ city: ParkingCity) async throws -> ParkingHolderPage {
        guard let id = req.parameters.get("holder", as: Int.self),
              let holder = try await ParkingStore(database: req.db).holder(id, organisationID: city.id) else {
            throw Abort(.notFound, reason: "die rechthebbende bestaat niet in deze stad")
        }
        let store = ParkingStore(database: req.db)
        return ParkingHolderPage(city: city.code, cityName: city.name, holder: holder, rights: try await store.rights(holderID: id),
                                 zones: try await store.zones(city.id).map(\.zone), mayEdit: city.allows(.member(.editor), req),
                                 csrf: CSRF.token(for: req).token, language: req.language)
    }

    static func holder(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        try city.requireMember(req)
        var page = try await holderPage(req, city)
        let t = DienstenText.strings(req.language)
        if req.query[String.self, at: "aangemaakt"] != nil { page.notice = t["parking.holder.created"] }
        if let issued = req.query[String.self, at: "uitgereikt"] { page.notice = t("parking.issue.done", issued) }
        if req.query[String.self, at: "gewijzigd"] != nil { page.notice = t["parking.right.changed"] }
        return page.page().response(for: req, csrfCookie: CSRF.token(for: req).cookie)
    }

    /// `YYYY-MM-DD` as Brussels midnight.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, let date = BrusselsClock().date(parts[0], parts[1], parts[2]),
              BrusselsClock().calendar.component(.day, from: date) == parts[2] else { return nil }
        return date
    }

    static func vehicle(_ plate: LicencePlate, _ values: [String: String], prefix: String) -> Vehicle? {
        guard let fuel = Fuel(rawValue: values["\(prefix)fuel"] ?? ""), let euro = Int(values["\(prefix)euro"] ?? "").flatMap(EuroNorm.init(rawValue:)),
              let category = VehicleCategory(rawValue: values["\(prefix)category"] ?? "") else { return nil }
        return Vehicle(plate: plate, fuel: fuel, euroNorm: euro, category: category)
    }

    static func issue(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        var page = try await holderPage(req, city)
        let values = ParkingFormBody.values(ParkingFormBody.pairs(req), repeated: ["zones", "days"]).mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        page.values = values
        let t = DienstenText.strings(req.language)
        var problems: [(field: String, message: String)] = []
        let kind = RightKind(rawValue: values["kind"] ?? "").flatMap { $0 == .paidSession ? nil : $0 }
        if kind == nil { problems.append(("kind", t["parking.issue.error.kind"])) }
        let country = (values["country"] ?? "").isEmpty ? "BE" : values["country"]!
        var plates: [LicencePlate] = []
        let plateTexts = (values["plates"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if plateTexts.isEmpty { problems.append(("plates", t["parking.issue.error.platesEmpty"])) }
        if plateTexts.count > 5 { problems.append(("plates", t["parking.issue.error.platesMany"])) }
        for text in plateTexts.prefix(5) {
            do { plates.append(try LicencePlate(text, country: country)) } catch {
                problems.append(("plates", t("parking.issue.error.plate", text, error.description)))
            }
        }
        let vehicles = plates.compactMap { vehicle($0, values, prefix: "") }
        if vehicles.count != plates.count { problems.append(("fuel", t["parking.issue.error.vehicle"])) }
        let known = Set(page.zones.map(\.id))
        let zones = (values["zones"] ?? "").split(separator: " ").map(String.init)
        if zones.contains(where: { !known.contains($0) }) { problems.append(("zones", t["parking.issue.error.zoneUnknown"])) }
        if zones.isEmpty && kind != .disabilityCard { problems.append(("zones", t["parking.issue.error.zones"])) }
        let from = day(values["from"] ?? "")
        if from == nil { problems.append(("from", t["parking.issue.error.from"])) }
        var until: Date?
        if let text = values["until"], !text.isEmpty {
            until = day(text)
            if until == nil { problems.append(("until", t["parking.issue.error.until"])) } else if let from, let until, until <= from {
                problems.append(("until", t["parking.issue.error.untilBefore"]))
            }
        }
        var restrictions: [WeeklyWindow] = []
        let days = Set((values["days"] ?? "").split(separator: " ").compactMap { Int($0).flatMap(Weekday.init(rawValue:)) })
        let timeFrom = values["timeFrom"] ?? "", timeTo = values["timeTo"] ?? ""
        if !days.isEmpty || !timeFrom.isEmpty || !timeTo.isEmpty {
            do { restrictions = [try WeeklyWindow(days, from: timeFrom, to: timeTo)] } catch {
                problems.append(("timeFrom", t["parking.issue.error.times"]))
            }
        }
        let basis = values["basis"] ?? ""
        if basis.isEmpty { problems.append(("basis", t["parking.issue.error.basis"])) } else if basis.count > 300 {
            problems.append(("basis", t("parking.form.tooLong", "300")))
        }
        guard problems.isEmpty, let kind, let from else {
            page.problems = problems
            return page.page().response(for: req, status: .badRequest)
        }
        let store = ParkingStore(database: req.db)
        let request = RightRequest(kind: kind, holder: page.holder.holder, plates: plates, zones: zones, validFrom: from, validUntil: until,
                                   timeRestrictions: restrictions)
        if let rules = try await store.ruleSet(city.id) {
            let context = try await store.issuingContext(plates: plates, housingUnit: page.holder.holder.address.housingUnit, organisationID: city.id)
            let withForm = IssuingContext(rights: context.rights, holders: Array(context.holders.values) + [page.holder.holder], vehicles: vehicles)
            let refusals = rules.rules.ruleSet.refusals(for: request, in: withForm)
            if !refusals.isEmpty {
                page.refusals = refusals
                return page.page().response(for: req, status: .unprocessableEntity)
            }
        }
        let right = ParkingRight(id: "", kind: kind, holderID: page.holder.holder.id, plates: plates, zones: zones, validFrom: from, validUntil: until,
                                 timeRestrictions: restrictions, legalBasis: basis)
        let id = try await store.issue(right, vehicles: vehicles, holderID: page.holder.id, organisationID: city.id, actor: req.auditActor)
        req.application.parkingRegistry.invalidate(city.id)
        return req.redirect(to: ParkingPath.holder(city.code, page.holder.id).url([("uitgereikt", String(id))]), redirectType: .normal)
    }

    static func after(_ req: Request, _ city: ParkingCity, _ right: ParkingRight) -> Response {
        if let holder = right.holderID.flatMap(Int.init) {
            return req.redirect(to: ParkingPath.holder(city.code, holder).url([("gewijzigd", "1")]), redirectType: .normal)
        }
        return req.redirect(to: ParkingPath.register(city.code).url([("kenteken", right.plates.first?.display)]), redirectType: .normal)
    }

    static func status(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        let values = ParkingFormBody.values(ParkingFormBody.pairs(req))
        let t = DienstenText.strings(req.language)
        guard let id = req.parameters.get("right", as: Int.self), let right = try await ParkingStore(database: req.db).right(id, organisationID: city.id) else {
            throw Abort(.notFound, reason: "dat recht bestaat niet in deze stad")
        }
        guard let status = RightStatus(rawValue: values["status"] ?? "") else { throw Abort(.badRequest, reason: t["parking.right.error.status"]) }
        do {
            try await ParkingStore(database: req.db).setStatus(id, to: status, organisationID: city.id, actor: req.auditActor)
        } catch is RefusedAction {
            throw Abort(.conflict, reason: t["parking.right.error.revoked"])
        }
        req.application.parkingRegistry.invalidate(city.id)
        return after(req, city, right)
    }

    static func changePlate(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        let store = ParkingStore(database: req.db)
        guard let id = req.parameters.get("right", as: Int.self), let right = try await store.right(id, organisationID: city.id) else {
            throw Abort(.notFound, reason: "dat recht bestaat niet in deze stad")
        }
        let values = ParkingFormBody.values(ParkingFormBody.pairs(req)).mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let t = DienstenText.strings(req.language)
        var problems: [(field: String, message: String)] = []
        let suffix = "-\(id)"
        var old: LicencePlate?
        if let match = right.plates.first(where: { $0.display == (try? LicencePlate(values["old"] ?? "", country: $0.country))?.display }) {
            old = match
        } else {
            problems.append(("old" + suffix, t["parking.plate.error.old"]))
        }
        var new: LicencePlate?
        do { new = try LicencePlate(values["newPlate"] ?? "", country: (values["newCountry"] ?? "").isEmpty ? "BE" : values["newCountry"]!) } catch {
            problems.append(("newPlate" + suffix, t("parking.check.error.plate", error.description)))
        }
        let since = ParkingCheckPage.localMoment(values["since"] ?? "")
        if since == nil { problems.append(("since" + suffix, t["parking.plate.error.since"])) }
        let newVehicle: Vehicle? = new.flatMap { plate in Self.vehicle(plate, values, prefix: "new-") }
        if new != nil && newVehicle == nil { problems.append(("newPlate" + suffix, t["parking.issue.error.vehicle"])) }
        if right.status == .revoked { problems.append(("old" + suffix, t["parking.right.error.revoked"])) }
        guard right.holderID != nil || problems.isEmpty else { throw Abort(.badRequest, reason: problems.map(\.message).joined(separator: "; ")) }
        var refusals: [IssuingRefusal] = []
        if problems.isEmpty, let old, let newVehicle, let since, let rules = try await store.ruleSet(city.id) {
            let change = PlateChangeRequest(right: right, oldPlate: old, newPlate: newVehicle.plate, plateInUseSince: since, requestedAt: Date())
            refusals = rules.rules.ruleSet.refusals(for: change, in: IssuingContext(rights: [], holders: [], vehicles: [newVehicle]))
        }
        if problems.isEmpty && refusals.isEmpty, let old, let newVehicle {
            try await store.changePlate(id, from: old, to: newVehicle, organisationID: city.id, actor: req.auditActor)
            req.application.parkingRegistry.invalidate(city.id)
            return after(req, city, right)
        }
        guard right.holderID != nil else { throw Abort(.unprocessableEntity, reason: refusals.map(\.description).joined(separator: "; ")) }
        req.parameters.set("holder", to: right.holderID)
        var page = try await holderPage(req, city)
        var shown = values
        shown["right"] = String(id)
        page.values = shown
        page.problems = problems
        page.refusals = refusals
        return page.page().response(for: req, status: problems.isEmpty ? .unprocessableEntity : .badRequest)
    }
}

/// Uploading zone files for a city (editors).
struct ParkingImportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ParkingPath.Route.importZones.pattern) { req in try await Self.form(req) }
        routes.write(.parkingImport) { req, _ in try await Self.upload(req) }
    }

    static func form(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        _ = try WriteGuard.requirePage(.member(.editor), req, organisation: city.model)
        let csrf = CSRF.token(for: req)
        return ParkingImportPage(city: city.code, cityName: city.name, csrf: csrf.token, language: req.language).page()
            .response(for: req, csrfCookie: csrf.cookie)
    }

    static func upload(_ req: Request) async throws -> Response {
        let city = try await ParkingCity.find(req)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-parking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let form = try await WriteGuard.readUpload(.parkingImport, req, into: directory)
        func input(_ field: String) throws -> ParkingZoneFiles.Input? {
            guard let part = form.files.first(where: { $0.field == field }), part.bytes > 0 else { return nil }
            let name = part.filename.isEmpty ? field : String(part.filename.suffix(120))
            return ParkingZoneFiles.Input(name: name, data: try Data(contentsOf: URL(fileURLWithPath: part.path)))
        }
        let outcome = ParkingZoneFiles.read(geojson: try input("geojson"), areas: try input("gebied"), links: try input("regeling"),
                                            timeframes: try input("tijdvak"))
        var page = ParkingImportPage(city: city.code, cityName: city.name, csrf: CSRF.token(for: req).token, language: req.language)
        switch outcome {
        case .failure(let error):
            page.problems = error.problems
            return page.page().response(for: req, status: .unprocessableEntity)
        case .success(let drafts):
            let source = [try input("geojson")?.name, try input("gebied")?.name].compactMap { $0 }.joined(separator: ", ")
            page.result = try await ParkingStore(database: req.db).importZones(drafts, organisationID: city.id, source: source, actor: req.auditActor)
            req.application.parkingRegistry.invalidate(city.id)
            return page.page().response(for: req)
        }
    }
}
