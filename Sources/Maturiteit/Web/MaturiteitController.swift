import AccessDomain
import Foundation
import MaturiteitDomain
import Platform
import Vapor

/// The pages of the Maturiteit pillar (reading) and the downloads of a campaign.
struct MaturiteitController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(MaturiteitPath.Route.home.pattern) { req in try await MaturiteitHomeModel.load(req).page().response(for: req) }
        routes.get(MaturiteitPath.Route.newCampaign.pattern) { req in
            _ = try WriteGuard.requirePage(MaturityAccess.manageRule, req)
            return try await NewCampaignPageModel.load(req).page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.newModelVersion.pattern) { req in
            _ = try WriteGuard.requirePage(MaturityAccess.manageRule, req)
            return try await ModelVersionPageModel.load(req).page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.campaign.pattern) { req in
            var model = try await CampaignPageModel.load(req)
            model.notice = CampaignPageModel.notice(req.query[String.self, at: "gelukt"], model.language)
            return model.page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.theme.pattern) { req in try await ThemePageModel.load(req).page().response(for: req) }
        routes.get(MaturiteitPath.Route.profile.pattern) { req in
            try await ProfilePageModel.load(req).page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.evolution.pattern) { req in
            try await MaturityEvolutionPageModel.load(req).page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.plans.pattern) { req in
            var model = try await PlansPageModel.load(req)
            model.notice = PlansPageModel.notice(req.query[String.self, at: "gelukt"], model.language)
            return model.page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.evaluation.pattern) { req in
            try await EvaluationPageModel.load(req).page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.validation.pattern) { req in
            try await ValidationPageModel.load(req).page().response(for: req)
        }
        routes.get(MaturiteitPath.Route.export.pattern) { req in
            guard let file = req.parameters.get("file").flatMap(MaturiteitPath.ExportFile.init(rawValue:)) else {
                throw Abort(.notFound, reason: "deze download bestaat niet")
            }
            return try await MaturiteitExports.response(file, visible: try await VisibleCampaign.load(req), request: req)
        }
        let writes = MaturiteitWrites()
        routes.write(.openCampaign, use: writes.openCampaign)
        routes.write(.createModelVersion, use: writes.createModelVersion)
        routes.write(.setCampaignStatus, use: writes.setStatus)
        routes.write(.importCampaign, use: writes.importSheet)
        routes.write(.saveEvaluation, use: writes.saveEvaluation)
        routes.write(.validateEvaluation, use: writes.validate)
        routes.write(.reopenEvaluation, use: writes.reopen)
        routes.write(.saveRecommendation, use: writes.saveRecommendation)
        routes.write(.saveWorkPackage, use: writes.saveWorkPackage)
    }
}
