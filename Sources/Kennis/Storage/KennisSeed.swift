import Fluent
import Foundation
import KennisDomain
import Platform
import Vapor

/// The first content of the knowledge base (`Resources/kennis/seed/*.md`, written for Stadsbeeld from the facts of
/// the Kenniscentrum's documents), loaded through the same service as every other change: checked, audited,
/// indexed. Items already there (by slug) are left alone, so loading twice changes nothing.
public enum KennisSeed {
    static var folder: URL? {
        Bundle.module.url(forResource: "seed", withExtension: nil, subdirectory: "Resources/kennis")
    }

    /// The seed files, parsed, in file-name order; the first problem stops it (the files ship with the code).
    public static func files() throws -> [SeedFile] {
        guard let folder else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            switch SeedFile.parse(text, file: name) {
            case .success(let file): return file
            case .failure(let problem): throw Abort(.internalServerError, reason: problem.description)
            }
        }
    }

    /// Loads what is missing; says in one line what it did.
    @discardableResult
    public static func load(into app: Application, now: Date = Date()) async throws -> String {
        try await load(database: app.db, files: app.fileStore, now: now)
    }

    @discardableResult
    public static func load(database: any Database, files store: any FileStore, now: Date = Date()) async throws -> String {
        let rules = try await KennisCatalog.rules(on: database)
        let service = KnowledgeService(database: database, files: store, rules: rules)
        let knowledge = KnowledgeStore(database: database)
        var created = 0, attachments = 0
        for file in try files() {
            if try await knowledge.item(slug: file.content.slug) != nil { continue }
            do {
                try await service.create(file.content, by: .commandLine, publish: true, now: now)
            } catch let refused as KennisRefused {
                throw Abort(.internalServerError, reason: "seed \(file.content.slug): \(refused.description)")
            }
            created += 1
            if let pdf = file.pdf, let item = try await knowledge.item(slug: file.content.slug) {
                let paragraphs = pdf.text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
                let data = SimplePDF.document(title: pdf.title, paragraphs: paragraphs)
                let name = file.content.slug + ".pdf"
                try await service.attach(data, checked: CheckedUpload(fileName: name, kind: "pdf", mediaType: "application/pdf"),
                                         title: pdf.title, to: item, by: .commandLine, now: now)
                attachments += 1
            }
        }
        return "kennis: \(created) items geladen (\(attachments) PDF-bijlagen)"
    }
}
