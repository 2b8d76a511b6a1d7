import Platform
import Vapor

/// The knowledge items: the Kennis home, the list of each kind, the item page with its files, the propose and
/// edit forms, the workflow and the review queue. Pages from `KennisPath`, writes from `WriteRoute.kennis…`.
struct KnowledgeItemController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(KennisPath.Route.home.pattern) { req in
            try await KennisHomeModel.load(req).page().response(for: req)
        }
        routes.get(KennisPath.Route.list.pattern) { req in
            try await KindListModel.load(req).page().response(for: req)
        }
        routes.get(KennisPath.Route.review.pattern) { req in
            let response = try await ReviewQueueModel.load(req).page().response(for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
            return response
        }
        routes.get(KennisPath.Route.newItem.pattern) { req in
            try await KnowledgeItemFormModel.loadNew(req, asked: req.query[String.self, at: "soort"]).page().response(for: req)
        }
        routes.get(KennisPath.Route.item.pattern) { req in
            var model = try await KnowledgeItemPageModel.load(req)
            model.notice = KnowledgeItemPageModel.notice(req.query[String.self, at: "gelukt"], req.language)
            return model.response(for: req)
        }
        routes.get(KennisPath.Route.edit.pattern) { req in
            let item = try await KennisAccess.visibleItem(req)
            let response = try await KnowledgeItemFormModel.loadEdit(req, item: item).page().response(for: req)
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
            return response
        }
        routes.get(KennisPath.Route.file.pattern) { req in
            try await ItemFileDownload.response(req)
        }

        let writes = KnowledgeItemWrites()
        routes.write(.kennisCreate, use: writes.create)
        routes.write(.kennisEdit, use: writes.edit)
        routes.write(.kennisStep, use: writes.step)
        routes.write(.kennisUpload, use: writes.upload)
        routes.write(.kennisRemoveFile, use: writes.removeFile)
    }
}
