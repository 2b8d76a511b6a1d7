import NIOConcurrencyHelpers
import Platform
import Vapor

/// Answers of the data API kept in memory, keyed on everything that decides them: the path and query as asked, who
/// asks (what a viewer may see depends on the organisation), and the data versions of the catalog the answer was
/// made from. An import or an access change on this server or any other moves a version (`DataVersions`), after
/// which no old answer matches; the cache then starts again empty.
///
/// Each answer carries an ETag made of the same parts, so a client (or a proxy) that sends it back in
/// `If-None-Match` gets 304 without any work — and every server on the same database gives the same tag.
final class DataAnswerCache: Sendable {
    struct Versions: Hashable, Sendable {
        let data: Int64
        let access: Int64
    }

    struct Answer: Sendable {
        let headers: HTTPHeaders
        let body: ByteBuffer
    }

    /// Memory the cache may hold, and the largest answer it keeps (larger ones are streamed or made again).
    static let maximumBytes = 64 << 20
    static let maximumAnswer = 2 << 20

    private struct State {
        var versions = Versions(data: -1, access: -1)
        var answers: [String: Answer] = [:]
        var order: [String] = []
        var bytes = 0
    }

    private let state = NIOLockedValueBox(State())
    /// Off (`STADSBEELD_ANSWER_CACHE=off`) nothing is kept: every question is answered anew (ETags still work). For
    /// measuring what an answer costs, and for an operator who wants no copies of data in memory.
    let enabled: Bool

    init(enabled: Bool = true) {
        self.enabled = enabled
    }

    /// What the cache knows the answer by.
    static func key(_ req: Request) -> String {
        let viewer: String
        if let principal = req.principal {
            viewer = principal.isPlatformAdmin ? "admin" : "o\(principal.organisationID)"
        } else {
            viewer = "-"
        }
        // The host too: without a configured site address, RDF answers name the request's host in their URIs.
        let target = req.target
        return viewer + " " + (req.headers.first(name: .host) ?? "") + " " + target.path + "?" + (target.query ?? "")
    }

    /// A weak tag (the server may compress the bytes): the versions and a hash of the key, the same on every server.
    static func etag(key: String, versions: Versions) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return "W/\"d\(versions.data)-a\(versions.access)-\(String(hash, radix: 36))\""
    }

    func answer(_ key: String, versions: Versions) -> Answer? {
        state.withLockedValue { state in
            guard state.versions == versions else { return nil }
            return state.answers[key]
        }
    }

    /// The cached answer as a response, when there is one for these versions.
    func response(_ key: String, versions: Versions) -> Response? {
        answer(key, versions: versions).map { Response(status: .ok, headers: $0.headers, body: .init(buffer: $0.body)) }
    }

    func store(_ answer: Answer, key: String, versions: Versions) {
        let size = answer.body.readableBytes + key.utf8.count
        guard enabled, size <= Self.maximumAnswer else { return }
        state.withLockedValue { state in
            if state.versions != versions {
                // Answers of older data are never asked again; an answer of older data than what is held is not kept.
                guard versions.data >= state.versions.data, versions.access >= state.versions.access else { return }
                state = State(versions: versions)
            }
            guard state.answers[key] == nil else { return }
            while state.bytes + size > Self.maximumBytes, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                if let gone = state.answers.removeValue(forKey: oldest) { state.bytes -= gone.body.readableBytes + oldest.utf8.count }
            }
            state.answers[key] = answer
            state.order.append(key)
            state.bytes += size
        }
    }

    var count: Int { state.withLockedValue { $0.answers.count } }
}

extension Application {
    private struct DataAnswerCacheKey: StorageKey { typealias Value = DataAnswerCache }

    /// The data API's answer cache, made by the Cijfers pillar's `configure`.
    var dataAnswerCache: DataAnswerCache {
        get {
            guard let cache = storage[DataAnswerCacheKey.self] else { fatalError("the Cijfers pillar sets the answer cache") }
            return cache
        }
        set { storage[DataAnswerCacheKey.self] = newValue }
    }
}

/// The data API route with its cache in front: a request whose answer is cached for the current data versions (or
/// whose `If-None-Match` names it) is answered on the event loop, without the catalog, the database or a task.
enum DataAnswers {
    /// Seconds a shared cache (a proxy, the browser) may keep a public answer before asking again with its ETag.
    static let publicMaxAge = 60

    static func respond(_ req: Request, compute: @escaping @Sendable (Request, Catalog) async throws -> Response) -> EventLoopFuture<Response> {
        let cache = req.application.dataAnswerCache
        let store = req.application.catalogStore
        let key = DataAnswerCache.key(req)
        if store.watch.isFresh() {
            let loaded = store.loadedVersions.withLockedValue { $0 }
            let versions = DataAnswerCache.Versions(data: loaded.data, access: loaded.access)
            let etag = DataAnswerCache.etag(key: key, versions: versions)
            if matches(req, etag) { return req.eventLoop.makeSucceededFuture(notModified(req, etag)) }
            if let cached = cache.response(key, versions: versions) { return req.eventLoop.makeSucceededFuture(cached) }
        }
        return req.eventLoop.makeFutureWithTask {
            // Compares the data versions when due, so the tag below names the data the answer is made from.
            let catalog = await req.catalog()
            let versions = DataAnswerCache.Versions(data: catalog.dataVersion, access: catalog.accessVersion)
            let etag = DataAnswerCache.etag(key: key, versions: versions)
            if matches(req, etag) { return notModified(req, etag) }
            // The answer may be cached although the versions were due for a comparison: every request that arrives in
            // that moment comes this way, and computing each anew stalled the server once a second (p99 72 ms at 64
            // connections, docs/performance.md).
            if let cached = cache.response(key, versions: versions) { return cached }
            let response = try await compute(req, catalog)
            guard response.status == .ok else { return response }
            response.headers.replaceOrAdd(name: .eTag, value: etag)
            addCaching(req, to: &response.headers)
            if let body = response.body.buffer { cache.store(.init(headers: response.headers, body: body), key: key, versions: versions) }
            return response
        }
    }

    /// Public data may be kept by any cache for a minute, then revalidated with the tag; a signed-in viewer's answer
    /// is private (the security headers say `private, no-store` for those).
    static func addCaching(_ req: Request, to headers: inout HTTPHeaders) {
        guard req.principal == nil else { return }
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=\(publicMaxAge)")
        headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
    }

    static func matches(_ req: Request, _ etag: String) -> Bool {
        guard let asked = req.headers.first(name: .ifNoneMatch) else { return false }
        let bare = etag.hasPrefix("W/") ? String(etag.dropFirst(2)) : etag
        return asked.split(separator: ",").contains { item in
            let tag = item.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || tag == bare || (tag.hasPrefix("W/") && String(tag.dropFirst(2)) == bare)
        }
    }

    static func notModified(_ req: Request, _ etag: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: etag)
        addCaching(req, to: &headers)
        return Response(status: .notModified, headers: headers)
    }
}
