import AsyncHTTPClient
import DienstenDomain
import Foundation
import NIOCore
import Vapor

/// Where the pages of an import come from: a folder of `*.json` pages or an LDES stream over HTTP(S).
enum RightsImportSource: Sendable, Hashable {
    case folder(URL)
    case stream(URL)

    /// `text` is an http(s) URL or a path (a folder, or a single page file).
    static func parse(_ text: String) throws(LDESProblem) -> RightsImportSource {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: trimmed), url.host?.isEmpty == false else {
                throw LDESProblem(page: trimmed, reason: "geen geldig webadres")
            }
            return .stream(url)
        }
        if lower.contains("://") {
            throw LDESProblem(page: trimmed, reason: "alleen http(s)-adressen of een map kunnen ingelezen worden")
        }
        guard !trimmed.isEmpty else { throw LDESProblem(page: text, reason: "geef een map of een webadres") }
        return .folder(URL(fileURLWithPath: trimmed).standardizedFileURL)
    }

    /// How the source is named in the import state and the report.
    var name: String {
        switch self {
        case .folder(let url): url.path
        case .stream(let url): url.absoluteString
        }
    }
}

/// Reads the pages of one source. A folder is indexed first: every `*.json` file by the address it gives itself
/// (`view.@id`, else `@id`), so relation nodes (the stream's URLs) find their files.
struct RightsPageLoader {
    /// The largest page read by default, in bytes.
    static let defaultMaxPageBytes = 20 * 1024 * 1024
    /// The most pages one run reads.
    static let maxPages = 20_000
    static let timeout: TimeAmount = .seconds(30)

    let source: RightsImportSource
    let client: HTTPClient
    /// The largest page read, in bytes: a bigger file or answer is refused before it is read whole.
    let maxPageBytes: Int
    /// Folder: page address → file.
    private(set) var files: [String: URL] = [:]
    /// Folder: addresses some relation leads to.
    private(set) var linked: Set<String> = []

    init(source: RightsImportSource, client: HTTPClient, maxPageBytes: Int = defaultMaxPageBytes) throws(LDESProblem) {
        self.source = source
        self.client = client
        self.maxPageBytes = maxPageBytes
        if case .folder(let folder) = source { try index(folder) }
    }

    /// Where a full run starts: the URL given, or in a folder every page no relation leads to and every
    /// `pageNumber=0` page.
    var startPages: [String] {
        switch source {
        case .stream(let url):
            return [url.absoluteString]
        case .folder:
            let starts = files.keys.filter { !linked.contains($0) || Self.isFirstPage($0) }
            return starts.sorted()
        }
    }

    static func isFirstPage(_ address: String) -> Bool {
        guard let components = URLComponents(string: address) else { return false }
        return components.queryItems?.contains { $0.name == "pageNumber" && $0.value == "0" } ?? false
    }

    /// How a page is named in problems: its URL, or for a folder its file (and the address it gives itself).
    func label(_ address: String) -> String {
        if let file = files[address] { return file.lastPathComponent == address ? file.path : "\(file.path) (\(address))" }
        return address
    }

    /// The page's bytes; nil when it does not exist (a folder without that page, HTTP 404 or 410).
    func load(_ address: String) async throws(LDESProblem) -> Data? {
        switch source {
        case .folder:
            guard let file = files[address] else { return nil }
            return try read(file)
        case .stream:
            return try await fetch(address)
        }
    }

    // MARK: Folder

    private mutating func index(_ folder: URL) throws(LDESProblem) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw LDESProblem(page: folder.path, reason: "deze map of dit bestand bestaat niet")
        }
        let candidates: [URL]
        if isDirectory.boolValue {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            } catch {
                throw LDESProblem(page: folder.path, reason: "de map is niet leesbaar")
            }
            candidates = names.filter { $0.lowercased().hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
            guard !candidates.isEmpty else { throw LDESProblem(page: folder.path, reason: "de map bevat geen .json-pagina's") }
        } else {
            candidates = [folder]
        }
        for file in candidates {
            let data = try read(file)
            let root: [String: Any]
            do {
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                    throw LDESProblem(page: file.path, reason: "een pagina is een JSON-object, dit is het niet")
                }
                root = object
            } catch let problem as LDESProblem {
                throw problem
            } catch {
                throw LDESProblem(page: file.path, reason: "geen geldige JSON (\(LDESPage.jsonReason(error)))")
            }
            let address = LDESPage.address(root) ?? file.lastPathComponent
            if let other = files[address] {
                throw LDESProblem(page: file.path, field: "@id", reason: "dezelfde pagina-id '\(address)' als \(other.lastPathComponent)")
            }
            files[address] = file
            let page = try LDESPage.decode(root, page: file.path)
            linked.formUnion(page.relations.map(\.node).filter { $0 != address })
        }
    }

    func read(_ file: URL) throws(LDESProblem) -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        guard size <= maxPageBytes else {
            throw LDESProblem(page: file.path, reason: "groter dan \(Self.size(maxPageBytes))")
        }
        do {
            return try Data(contentsOf: file)
        } catch {
            throw LDESProblem(page: file.path, reason: "niet leesbaar")
        }
    }

    /// "20 MB", "900 kB".
    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(max(1, bytes / 1024)) kB"
    }

    // MARK: HTTP

    static let acceptedTypes: Set<String> = ["application/ld+json", "application/json"]

    private func fetch(_ address: String) async throws(LDESProblem) -> Data? {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false else {
            throw LDESProblem(page: address, reason: "geen http(s)-adres; een stroom leidt alleen naar webpagina's")
        }
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "Accept", value: "application/ld+json, application/json;q=0.9")
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: Self.timeout)
        } catch {
            throw LDESProblem(page: address, reason: "niet op te halen (\(error))")
        }
        if response.status == .notFound || response.status == .gone { return nil }
        guard response.status == .ok else {
            throw LDESProblem(page: address, reason: "de server antwoordt \(response.status.code) \(response.status.reasonPhrase)")
        }
        let mediaType = response.headers.first(name: "content-type")?.split(separator: ";").first?
            .trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard Self.acceptedTypes.contains(mediaType) else {
            throw LDESProblem(page: address, reason: "inhoudstype '\(mediaType.isEmpty ? "geen" : mediaType)'; verwacht application/ld+json of application/json")
        }
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maxPageBytes {
            throw LDESProblem(page: address, reason: "groter dan \(Self.size(maxPageBytes))")
        }
        do {
            let body = try await response.body.collect(upTo: maxPageBytes)
            return Data(body.readableBytesView)
        } catch {
            throw LDESProblem(page: address, reason: "groter dan \(Self.size(maxPageBytes)) of onderbroken (\(error))")
        }
    }
}
