import AccessDomain
import Cijfers
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The changes made on an item page. The write-route table has checked the route's rule (an editor or admin of the
/// plan's city) and the CSRF token; each handler checks what depends on the item — an update only by the item's
/// owners or the plan's managers, the rest only by the managers — and answers a refused form with the item page,
/// its problems next to the form (400), a success with a redirect to the item and a confirmation.
struct PlanItemWrites {
    /// What every handler starts from: the plan (newest version), the item, and who acts.
    private struct Target {
        let visible: VisiblePlan
        let followUp: PlanFollowUp
        let code: String
        let principal: Principal
        let t: Strings
    }

    private func target(_ req: Request, _ context: WriteContext) async throws -> Target {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        let visible = try await VisiblePlan.load(req)
        let code = try req.parameters.require("item")
        guard let followUp = try await req.planStore.followUp(visible.plan) else {
            throw Abort(.notFound, reason: "dit plan heeft nog geen inhoud")
        }
        guard followUp.current.tree.contains(code) else {
            throw Abort(.notFound, reason: "item '\(code)' bestaat niet in de nieuwste versie van het plan")
        }
        return Target(visible: visible, followUp: followUp, code: code, principal: principal, t: PlannenText.strings(req.language))
    }

    private func requireManager(_ target: Target) throws {
        guard target.visible.mayManage else {
            throw Abort(.forbidden, reason: "alleen de beheerders van \(target.visible.plan.organisation.name) passen eigenaars, koppelingen en indicatoren van dit plan aan")
        }
    }

    /// A decoded form, or the page that says why it could not be read.
    private enum Decoded<T> {
        case success(T)
        case failure(Response)
    }

    /// The form, or the item page with what was wrong with it (a list where text was expected, …).
    private func decode<T: Decodable>(_ type: T.Type, _ req: Request, _ target: Target, _ form: ItemPageModel.Form) async throws
        -> Decoded<T> {
        do {
            return .success(try req.content.decode(T.self))
        } catch let error as DecodingError {
            var model = try await ItemPageModel.load(req, visible: target.visible, followUp: target.followUp, code: target.code)
            model.problems[form] = [FormProblem.message(error)]
            return .failure(model.page().response(for: req, status: .badRequest))
        }
    }

    private func done(_ req: Request, _ target: Target, _ code: String) -> Response {
        req.redirect(to: PlannenPath.item(target.visible.ref, item: target.code).url([("gelukt", code)]), redirectType: .normal)
    }

    // MARK: Update

    @Sendable func saveUpdate(req: Request, context: WriteContext) async throws -> Response {
        let target = try await target(req, context)
        guard target.visible.mayUpdate(target.code, in: target.followUp) else {
            throw Abort(.forbidden, reason: "alleen de eigenaars van item \(target.code) en de beheerders van \(target.visible.plan.organisation.name) vullen de opvolging ervan in")
        }
        let form: ItemPageModel.UpdateForm
        switch try await decode(ItemPageModel.UpdateForm.self, req, target, .update) {
        case .success(let value): form = value
        case .failure(let response): return response
        }
        let (update, problems) = ItemFormReading.update(form, itemCode: target.code, target.t)
        return try await req.refusable {
            guard problems.isEmpty else { throw RefusedAction(problems) }
            try await PlanService(database: req.db).saveUpdate(update, in: target.followUp, authorID: target.principal.userID,
                                                               by: AuditActor(target.principal))
            return done(req, target, "opvolging")
        } refused: { refusal in
            var model = try await ItemPageModel.load(req, visible: target.visible, followUp: target.followUp, code: target.code)
            model.updateForm = form
            model.problems[.update] = refusal.problems
            return model.page()
        }
    }

    // MARK: Owners

    @Sendable func saveOwners(req: Request, context: WriteContext) async throws -> Response {
        let target = try await target(req, context)
        try requireManager(target)
        let form: ItemPageModel.OwnersForm
        switch try await decode(ItemPageModel.OwnersForm.self, req, target, .owners) {
        case .success(let value): form = value
        case .failure(let response): return response
        }
        let possible = try await req.planStore.possibleOwners(organisationID: target.visible.plan.organisation.id)
        let current = target.followUp.owners(of: target.code)
        let allowed = Set(possible.map(\.id)).union(current.map(\.id))
        let (ids, problems) = ItemFormReading.owners(form, allowed: allowed, target.t)
        return try await req.refusable {
            guard problems.isEmpty else { throw RefusedAction(problems) }
            try await PlanService(database: req.db).setLinks(.eigenaar, of: target.code, in: target.visible.plan, to: ids.map(String.init),
                                                             by: AuditActor(target.principal))
            return done(req, target, "eigenaars")
        } refused: { refusal in
            var model = try await ItemPageModel.load(req, visible: target.visible, followUp: target.followUp, code: target.code)
            model.ownersForm = Set(ids)
            model.problems[.owners] = refusal.problems
            return model.page()
        }
    }

    // MARK: Links

    @Sendable func saveLinks(req: Request, context: WriteContext) async throws -> Response {
        let target = try await target(req, context)
        try requireManager(target)
        let form: ItemPageModel.LinksForm
        switch try await decode(ItemPageModel.LinksForm.self, req, target, .links) {
        case .success(let value): form = value
        case .failure(let response): return response
        }
        let followUp = target.followUp, code = target.code
        let known = Set(await CijfersFigures.themes(request: req).map(\.code)).union(followUp.links(of: code, .thema))
        let read = ItemFormReading.links(form, allowedThemes: known, target.t)
        return try await req.refusable {
            guard read.problems.isEmpty else { throw RefusedAction(read.problems) }
            let service = PlanService(database: req.db)
            let actor = AuditActor(target.principal)
            for (kind, targets) in [(PlanLinkKind.thema, read.themes), (.aanbeveling, read.recommendations), (.werkpakket, read.workPackages),
                                     (.praktijk, read.practices)]
            where Set(targets) != Set(followUp.links(of: code, kind)) {
                try await service.setLinks(kind, of: code, in: target.visible.plan, to: targets, by: actor)
            }
            return done(req, target, "koppelingen")
        } refused: { refusal in
            var model = try await ItemPageModel.load(req, visible: target.visible, followUp: followUp, code: code)
            model.linksForm = form
            model.problems[.links] = refusal.problems
            return model.page()
        }
    }

    // MARK: Indicator

    @Sendable func saveIndicator(req: Request, context: WriteContext) async throws -> Response {
        let target = try await target(req, context)
        try requireManager(target)
        let form: ItemPageModel.IndicatorForm
        switch try await decode(ItemPageModel.IndicatorForm.self, req, target, .indicator) {
        case .success(let value): form = value
        case .failure(let response): return response
        }
        let followUp = target.followUp, code = target.code
        // A Cijfers indicator the plan already uses stays allowed when Cijfers no longer lists it for this visitor.
        var cijfers = Set(await CijfersFigures.indicators(request: req).map(\.code))
        for stored in followUp.indicators { if case .cijfers(let indicator, _, _) = stored.source { cijfers.insert(indicator) } }
        var (input, problems) = ItemFormReading.indicator(form, itemCode: code, existing: followUp.indicators,
                                                          cijfersIndicators: cijfers, target.t)
        if let input, case .cijfers(let indicator, let level, let area) = input.source,
           await CijfersFigures.series(indicator: indicator, level: level, area: area, request: req) == nil {
            problems.append(target.t("tree.form.cijfersNotFound", indicator, area, level))
        }
        return try await req.refusable {
            guard problems.isEmpty, let input else { throw RefusedAction(problems) }
            try await PlanService(database: req.db).saveIndicator(input, in: followUp, by: AuditActor(target.principal))
            return done(req, target, "indicator")
        } refused: { refusal in
            var model = try await ItemPageModel.load(req, visible: target.visible, followUp: followUp, code: code)
            model.indicatorForm = form
            model.problems[.indicator] = refusal.problems
            return model.page()
        }
    }
}
