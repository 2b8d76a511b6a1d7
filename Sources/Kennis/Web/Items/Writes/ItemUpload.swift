import Foundation
import KennisDomain
import Platform
import Vapor

/// Adding a file to an item: streamed to disk (never more than the route's limit), recognised by its content
/// (`FileSniff`: the name must agree with what the bytes are), then kept with the item by the service.
extension KnowledgeItemWrites {
    /// What an item may hold: PDF, images, office documents, CSV and plain text, at most 25 MB.
    static let uploadRules = UploadRules(
        maximumBytes: 25 << 20, allowed: [.pdf, .png, .jpeg, .gif, .webp, .docx, .xlsx, .pptx, .odt, .ods, .csv, .txt])

    @Sendable func upload(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-kennis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A plain form (no file in it) is small: its CSRF token is checked first, like every form's.
        let plain = req.headers.contentType?.type == "multipart" ? nil : try await WriteGuard.readUpload(.kennisUpload, req, into: directory)
        let item = try await KennisAccess.visibleItem(req)
        // Decided before a byte of an uploaded file is read.
        guard Workflow.mayEdit(item.status, by: KennisAccess.workflowActor(item, principal)) else {
            throw Abort(.forbidden, reason: req.language == .en ? "you cannot add files to this item now" : "je kunt aan dit item nu geen bestanden toevoegen")
        }
        let form: StreamedForm
        if let plain { form = plain } else { form = try await WriteGuard.readUpload(.kennisUpload, req, into: directory) }
        let title = (form.value("titel") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let version = (form.value("versie") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            guard let part = form.files.first(where: { $0.field == "bestand" }), part.bytes > 0 || !part.filename.isEmpty else {
                throw KennisRefused(field: "file", nl: "Kies een bestand.", en: "Choose a file.")
            }
            let data = try Data(contentsOf: URL(fileURLWithPath: part.path))
            let checked: CheckedFile
            switch FileSniff.check(data: data, fileName: part.filename, declaredType: nil, rules: Self.uploadRules) {
            case .success(let file): checked = file
            case .failure(let refusal): throw KennisRefused(field: "file", nl: refusal.dutch, en: refusal.english)
            }
            if version.count > 40 {
                throw KennisRefused(field: "version", nl: "Het versielabel is langer dan 40 tekens.", en: "The version label is longer than 40 characters.")
            }
            try await Self.service(req).attach(
                data, checked: CheckedUpload(fileName: checked.fileName, kind: checked.kind.rawValue, mediaType: checked.mimeType),
                title: title, versionLabel: version.isEmpty ? nil : version, to: item, by: KennisActor(principal))
            return Self.done(req, item.slug, "bestand")
        } catch let refused as KennisRefused {
            var model = try await KnowledgeItemPageModel.load(req, item: item)
            model.problems[.upload] = refused.messages(KennisText.code(req.language))
            model.uploadTitle = title
            model.uploadVersion = version
            return model.response(for: req, status: .badRequest)
        }
    }
}
