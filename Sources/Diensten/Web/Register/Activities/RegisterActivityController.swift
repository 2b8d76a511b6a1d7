import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The own register: the list, a new activity, one activity, its edit form (each save a new version), its versions
/// and their difference, its DPIA screening, publishing it, marking it a template, and the internal CSV export.
struct RegisterActivityController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(RegisterPath.Route.manage.pattern) { req in try await Self.manage(req) }
        routes.get(RegisterPath.Route.export.pattern) { req in try await Self.export(req) }
        routes.get(RegisterPath.Route.newActivity.pattern) { req in try await Self.newForm(req) }
        routes.write(.registerCreate) { req, context in try await Self.create(req, context) }
        routes.get(RegisterPath.Route.activity.pattern) { req in try await Self.show(req) }
        routes.get(RegisterPath.Route.edit.pattern) { req in try await Self.editForm(req) }
        routes.write(.registerEdit) { req, context in try await Self.save(req, context) }
        routes.get(RegisterPath.Route.versions.pattern) { req in try await Self.versions(req) }
        routes.get(RegisterPath.Route.dpia.pattern) { req in try await Self.dpia(req) }
        routes.write(.registerDPIA) { req, context in try await Self.saveDPIA(req, context) }
        routes.write(.registerPublish) { req, context in try await Self.publish(req, context) }
        routes.write(.registerTemplate) { req, context in try await Self.template(req, context) }
    }

    static func manage(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let activities = try await RegisterActivityStore(database: req.db).list(organisationID: principal.organisationID)
        let requests = try await RegisterRequestStore(database: req.db).list(organisationID: principal.organisationID).filter { $0.status.isOpen }
        let today = RegisterWords.today()
        let breaches = try await RegisterBreachStore(database: req.db).list(organisationID: principal.organisationID).filter { $0.record.decision == .open }
        let organisation = try await OrganisationService(database: req.db).find(id: principal.organisationID)
        let dpo = try await RegisterSettingsStore(database: req.db).dpo(organisationID: principal.organisationID)
        return RegisterManagePage(
            organisationName: organisation?.name ?? principal.organisationCode, organisationCode: principal.organisationCode, activities: activities,
            openRequests: requests.count, overdueRequests: requests.filter { $0.deadline.daysLeft(on: today) < 0 }.count, openBreaches: breaches.count,
            dpo: dpo, mayEdit: RegisterAccess.mayEdit(principal), language: req.language).page().response(for: req)
    }

    static func export(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let records = try await RegisterActivityStore(database: req.db).records(organisationID: principal.organisationID, publishedOnly: false)
        return Download.file(RegisterCSV.build(records, isInternal: true, language: req.language), name: "verwerkingsregister-\(principal.organisationCode)-intern.csv")
    }

    static func newForm(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        guard RegisterAccess.mayEdit(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
        let organisation = try await OrganisationService(database: req.db).find(id: principal.organisationID)
        let dpo = try await RegisterSettingsStore(database: req.db).dpo(organisationID: principal.organisationID)
        let activity = ProcessingActivity(name: "", controller: Party(name: organisation?.name ?? ""), dpoContact: dpo?.email ?? "")
        let csrf = CSRF.token(for: req)
        return RegisterActivityFormPage(form: RegisterActivityForm(activity: activity, internalNote: "", expectedVersion: nil), activityID: nil,
                                        problems: [], conflict: nil, csrf: csrf.token, language: req.language)
            .page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func fields(_ req: Request) -> [String: String] { (try? req.content.decode([String: String].self)) ?? [:] }

    static func create(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let form = RegisterActivityForm.read(fields(req))
        let problems = ProcessingValidation.blocking(form.activity)
        guard problems.isEmpty else {
            let csrf = CSRF.token(for: req)
            return RegisterActivityFormPage(form: form, activityID: nil, problems: problems, conflict: nil, csrf: csrf.token, language: req.language)
                .page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let id = try await RegisterActivityStore(database: req.db).create(form.activity, organisationID: principal.organisationID, note: form.internalNote,
                                                                          userID: principal.userID, actor: req.auditActor)
        return req.redirect(to: RegisterPath.activity(id).url([("bewaard", "1")]), redirectType: .normal)
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "activity")
        guard let record = try await RegisterActivityStore(database: req.db).find(id: id, organisationID: principal.organisationID) else {
            throw RegisterAccess.notFound()
        }
        let notice: String? = switch try? req.query.get(String.self, at: "bewaard") {
        case "1": RegisterWords(req.language).t["register.activity.saved"]
        case "gekopieerd": RegisterWords(req.language).t["register.activity.copied"]
        default: nil
        }
        let csrf = CSRF.token(for: req)
        return RegisterActivityPage(record: record, problems: ProcessingValidation.problems(record.activity), notice: notice,
                                    mayEdit: RegisterAccess.mayEdit(principal),
                                    mayMarkTemplate: RegisterAccess.mayMarkTemplate(principal) && principal.organisationType == .kenniscentrum,
                                    csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func editForm(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        guard RegisterAccess.mayEdit(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
        let id = try RegisterAccess.id(req, "activity")
        guard let record = try await RegisterActivityStore(database: req.db).find(id: id, organisationID: principal.organisationID) else {
            throw RegisterAccess.notFound()
        }
        let csrf = CSRF.token(for: req)
        let form = RegisterActivityForm(activity: record.activity, internalNote: record.summary.internalNote, expectedVersion: record.summary.currentVersion)
        return RegisterActivityFormPage(form: form, activityID: id, problems: [], conflict: nil, csrf: csrf.token, language: req.language)
            .page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func save(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "activity")
        let store = RegisterActivityStore(database: req.db)
        guard try await store.find(id: id, organisationID: principal.organisationID) != nil else { throw RegisterAccess.notFound() }
        let form = RegisterActivityForm.read(fields(req))
        let problems = ProcessingValidation.blocking(form.activity)
        let csrf = CSRF.token(for: req)
        guard problems.isEmpty else {
            return RegisterActivityFormPage(form: form, activityID: id, problems: problems, conflict: nil, csrf: csrf.token, language: req.language)
                .page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        do {
            guard try await store.save(form.activity, id: id, organisationID: principal.organisationID, note: form.internalNote,
                                       expectedVersion: form.expectedVersion, userID: principal.userID, actor: req.auditActor) != nil
            else { throw RegisterAccess.notFound() }
        } catch RegisterConflict.newerVersion(let version) {
            return RegisterActivityFormPage(form: form, activityID: id, problems: [], conflict: version, csrf: csrf.token, language: req.language)
                .page().response(for: req, status: .conflict, csrfCookie: csrf.cookie)
        }
        return req.redirect(to: RegisterPath.activity(id).url([("bewaard", "1")]), redirectType: .normal)
    }

    static func versions(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "activity")
        let versions = try await RegisterActivityStore(database: req.db).versions(id: id, organisationID: principal.organisationID)
        guard let newest = versions.first else { throw RegisterAccess.notFound() }
        let numbers = Set(versions.map(\.version))
        let to = (try? req.query.get(Int.self, at: "naar")).flatMap { numbers.contains($0) ? $0 : nil } ?? newest.version
        let from = (try? req.query.get(Int.self, at: "van")).flatMap { numbers.contains($0) ? $0 : nil } ?? max(1, to - 1)
        return RegisterVersionsPage(activityID: id, name: newest.activity.name, versions: versions, from: from, to: to, language: req.language)
            .page().response(for: req)
    }

    static func dpia(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "activity")
        guard let record = try await RegisterActivityStore(database: req.db).find(id: id, organisationID: principal.organisationID) else {
            throw RegisterAccess.notFound()
        }
        let csrf = CSRF.token(for: req)
        return RegisterDPIAPage(activityID: id, name: record.activity.name, answers: record.dpia ?? DPIAAnswers(),
                                saved: (try? req.query.get(String.self, at: "bewaard")) == "1", mayEdit: RegisterAccess.mayEdit(principal),
                                csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func saveDPIA(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "activity")
        let posted = fields(req)
        var answers = DPIAAnswers()
        for question in DPIAQuestion.allCases {
            guard let text = posted[question.rawValue] else { continue }
            guard let answer = DPIAAnswers.Answer(rawValue: text) else {
                throw Abort(.badRequest, reason: "het antwoord op ‘\(question.rawValue)’ is geen ja, nee of onbekend")
            }
            answers[question] = answer
        }
        let verdict = DPIACheck.assess(answers).verdict
        guard try await RegisterActivityStore(database: req.db).saveDPIA(answers, verdict: verdict, id: id, organisationID: principal.organisationID,
                                                                         actor: req.auditActor)
        else { throw RegisterAccess.notFound() }
        return req.redirect(to: RegisterPath.dpia(id).url([("bewaard", "1")]), redirectType: .normal)
    }

    static func publish(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "activity")
        let value = fields(req)["published"]
        guard value == "1" || value == "0" else { throw Abort(.badRequest, reason: "het veld ‘published’ moet 1 of 0 zijn") }
        guard try await RegisterActivityStore(database: req.db).setPublished(value == "1", id: id, organisationID: principal.organisationID,
                                                                             actor: req.auditActor)
        else { throw RegisterAccess.notFound() }
        return req.redirect(to: RegisterPath.activity(id).path, redirectType: .normal)
    }

    static func template(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        guard principal.organisationType == .kenniscentrum else { throw Abort(.forbidden, reason: "alleen het Kenniscentrum beheert sjablonen") }
        let id = try RegisterAccess.id(req, "activity")
        let value = fields(req)["template"]
        guard value == "1" || value == "0" else { throw Abort(.badRequest, reason: "het veld ‘template’ moet 1 of 0 zijn") }
        guard try await RegisterActivityStore(database: req.db).setTemplate(value == "1", id: id, organisationID: principal.organisationID,
                                                                            actor: req.auditActor)
        else { throw RegisterAccess.notFound() }
        return req.redirect(to: RegisterPath.activity(id).path, redirectType: .normal)
    }
}
