import Foundation
import KennisDomain
import Platform
import Vapor

/// A file of an item, as its stored type: PDFs and images shown in the browser, everything else saved; never
/// sniffed by the browser; kept out of shared caches while the item is not published. An item the visitor may not
/// see, or a file that is not the item's, is not found.
enum ItemFileDownload {
    static func response(_ req: Request) async throws -> Response {
        let item = try await KennisAccess.visibleItem(req)
        guard let id = req.parameters.get("file").flatMap(Int.init), let file = item.files.first(where: { $0.id == id }),
              let data = try await req.application.fileStore.get(file.storageKey) else {
            throw Abort(.notFound, reason: req.language == .en ? "this file does not exist" : "dit bestand bestaat niet")
        }
        let inline = file.mediaType == "application/pdf" || file.isImage
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.mediaType.hasPrefix("text/") ? file.mediaType + "; charset=utf-8" : file.mediaType)
        // RFC 6266 with an ASCII fallback and `filename*` (the kind does not matter for the header).
        let named = CheckedFile(kind: FileKind(rawValue: file.fileKind) ?? .txt, fileName: file.name, byteCount: file.size)
        headers.replaceOrAdd(name: .contentDisposition, value: named.contentDisposition(inline: inline))
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: item.status == .gepubliceerd ? "public, max-age=3600" : "private, no-store")
        headers.replaceOrAdd(name: .eTag, value: "\"\(file.sha256)\"")
        if req.headers.first(name: .ifNoneMatch) == "\"\(file.sha256)\"" {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
