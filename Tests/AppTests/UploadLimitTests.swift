import AccessDomain
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import CijfersImport
import Foundation
import Testing
import Vapor
import VaporTesting
#if canImport(Glibc)
import Glibc
#endif

/// Write requests are decided on their headers before their body is read; bodies and uploads are bounded while
/// they are read, and uploads go to disk, not to memory.
@Suite("Write bodies and uploads")
struct UploadLimitTests {
    // MARK: decided before the body

    /// Sends the head of a POST that announces `declared` bytes, and only the first 64 kB of them, then waits for
    /// the answer. It comes only when the server answers without reading the body: the rest is never sent.
    static func postWithoutBody(port: Int, path: String, headers: [String], declared: Int) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingPost(port: port, path: path, headers: headers, declared: declared) })
            }
        }
    }

    struct NoAnswer: Error, CustomStringConvertible {
        let description: String
    }

    private static func blockingPost(port: Int, path: String, headers: [String], declared: Int) throws -> String {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw NoAnswer(description: "no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw NoAnswer(description: "cannot connect") }
        // A guard against hanging forever when the server waits for the body (as it did before): not a timing check.
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let head = (["POST \(path) HTTP/1.1", "Host: 127.0.0.1", "Content-Length: \(declared)"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
        let bytes = Array(head.utf8) + Array(repeating: UInt8(ascii: "x"), count: 64 << 10)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may answer and close before it took all of the first 64 kB; the answer is what counts.
            if n <= 0 { break }
            sent += n
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if n > 0 { answer += buffer[..<n] } else { break }
            let text = String(decoding: answer, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n"),
               let length = text[..<end.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") })
                .flatMap({ Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }),
               text.utf8.count - text[..<end.upperBound].utf8.count >= length {
                break
            }
        }
        guard !answer.isEmpty else { throw NoAnswer(description: "no answer while the body was still being sent") }
        return String(decoding: answer, as: UTF8.self)
    }

    /// Runs `body` with the application listening on a free port.
    static func withServer(_ app: Application, _ body: (Int) async throws -> Void) async throws {
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await body(port)
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }

    static let multipart = "Content-Type: multipart/form-data; boundary=grens"

    @Test func anAnonymousUploadIsRefusedBeforeItsBodyIsRead() async throws {
        try await withTestApp(.sqlite) { app in
            try await Self.withServer(app) { port in
                // 300 MB announced, 64 kB sent: the 401 comes without waiting for the rest.
                let api = try await Self.postWithoutBody(port: port, path: "/api/v1/imports", headers: [Self.multipart], declared: 300 << 20)
                #expect(api.hasPrefix("HTTP/1.1 401"), "\(api)")
                #expect(api.contains("API-sleutel"))
                // The campaign upload form the same way.
                let form = try await Self.postWithoutBody(port: port, path: WriteRouteTests.path(.importCampaign, organisation: "", user: 0, token: 0, id: 0),
                                                          headers: [Self.multipart], declared: 7 << 20)
                #expect(form.hasPrefix("HTTP/1.1 401"), "\(form)")
                // A token of the wrong organisation's reader is no better: refused on the rule, not after the upload.
                try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .viewer)
                let reader = try await Accounts.token(app, email: "an@gent.be", scope: .read)
                let forbidden = try await Self.postWithoutBody(port: port, path: "/api/v1/imports",
                                                               headers: [Self.multipart, "Authorization: Bearer \(reader)"], declared: 300 << 20)
                #expect(forbidden.hasPrefix("HTTP/1.1 401") || forbidden.hasPrefix("HTTP/1.1 403"), "\(forbidden)")
            }
        }
    }

    @Test func aBodyAnnouncedAboveTheLimitIsRefusedAtOnce() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let token = try await Accounts.token(app, email: "an@gent.be", scope: .write)
            try await Self.withServer(app) { port in
                let api = try await Self.postWithoutBody(port: port, path: "/api/v1/imports",
                                                         headers: [Self.multipart, "Authorization: Bearer \(token)"], declared: 600 << 20)
                #expect(api.hasPrefix("HTTP/1.1 413"), "\(api)")
                #expect(api.contains("512 MB"))
                // A form: the login form takes 64 kB.
                let form = try await Self.postWithoutBody(port: port, path: "/aanmelden",
                                                          headers: ["Content-Type: application/x-www-form-urlencoded"], declared: 10 << 20)
                #expect(form.hasPrefix("HTTP/1.1 413"), "\(form)")
                #expect(form.contains("64 kB"))
            }
        }
    }

    // MARK: streamed to disk

    static func chunks(_ text: String, size: Int) -> AsyncStream<ByteBuffer> {
        let bytes = Array(text.utf8)
        return AsyncStream { continuation in
            for start in stride(from: 0, to: bytes.count, by: size) {
                continuation.yield(ByteBuffer(bytes: bytes[start..<min(start + size, bytes.count)]))
            }
            continuation.finish()
        }
    }

    static func part(_ name: String, filename: String? = nil, _ content: String) -> String {
        "--grens\r\nContent-Disposition: form-data; name=\"\(name)\"" + (filename.map { "; filename=\"\($0)\"" } ?? "")
            + "\r\n\r\n\(content)\r\n"
    }

    @Test func multipartPartsAreStreamedToFilesAndFields() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = String(repeating: "2021;gemeente2024;44021;5\n", count: 2_000)
        let body = Self.part("mode", "append") + Self.part("file", filename: "a.csv", data) + Self.part("files[]", filename: "a.csv", "x\n")
            + "--grens--\r\n"
        // Chunks of 7 bytes: parts, headers and boundaries cut anywhere.
        let form = try await StreamedForm.read(Self.chunks(body, size: 7), boundary: "grens", limit: 1 << 20, into: directory)
        #expect(form.value("mode") == "append")
        #expect(form.files.map(\.field) == ["file", "files[]"])
        #expect(form.files.map(\.filename) == ["a.csv", "a.csv"])
        #expect(try String(contentsOfFile: form.files[0].path, encoding: .utf8) == data)
        #expect(try String(contentsOfFile: form.files[1].path, encoding: .utf8) == "x\n")
    }

    @Test func anUploadPastTheLimitStopsWhileBeingRead() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // No length announced (chunked): the limit is enforced on the bytes as they come.
        let body = Self.part("file", filename: "groot.csv", String(repeating: "x", count: 200_000)) + "--grens--\r\n"
        let error = await #expect(throws: Abort.self) {
            try await StreamedForm.read(Self.chunks(body, size: 4096), boundary: "grens", limit: 100_000, into: directory)
        }
        #expect(error?.status == .payloadTooLarge)
        #expect(error?.reason.contains("groter dan") == true)
        // What was written before stopping is no larger than the limit.
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .map { try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent($0).path)[.size] as? Int ?? 0 }
        #expect(written.allSatisfy { $0 <= 100_000 })
        // A text field is kept in memory, so it has a small limit of its own.
        let field = Self.part("mode", String(repeating: "y", count: 100 << 10)) + "--grens--\r\n"
        let fieldError = await #expect(throws: Abort.self) {
            try await StreamedForm.read(Self.chunks(field, size: 4096), boundary: "grens", limit: 1 << 20, into: directory)
        }
        #expect(fieldError?.status == .payloadTooLarge)
        // A body cut off in the middle of a part is not taken for a complete one.
        let cut = await #expect(throws: Abort.self) {
            try await StreamedForm.read(Self.chunks(String(body.prefix(5_000)), size: 4096), boundary: "grens", limit: 1 << 20, into: directory)
        }
        #expect(cut?.status == .badRequest)
    }

    @Test func uploadsStillWorkThroughTheAPI() async throws {
        try await withTestApp(.sqlite) { app in
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            try await Accounts.create(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let admin = Browser(app)
            admin.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "beheer@kenniscentrum.be", scope: .write))
            let response = try await ImportUpload.send(admin, name: "data.csv", content: "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;5\n",
                                                       mode: "append")
            #expect(response.status == .created, "\(response.body.string)")
            #expect(response.body.string.contains("\"values\":1"))
        }
    }

    @Test func aLargeUploadIsStreamedOverARealConnection() async throws {
        try await withTestApp(.sqlite) { app in
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            try await Accounts.create(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let token = try await Accounts.token(app, email: "beheer@kenniscentrum.be", scope: .write)
            // 2.6 MB: the same row 100,000 times; every copy after the first is reported, so all of it was read.
            let data = "period;geolevel;geoitem;v2506_elek_res_cons\n" + String(repeating: "2021;gemeente2024;44021;5\n", count: 100_000)
            let body = Self.part("mode", "append") + Self.part("file", filename: "groot.csv", data) + "--grens--\r\n"
            try await Self.withServer(app) { port in
                var headers = HTTPHeaders()
                headers.bearerAuthorization = .init(token: token)
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=grens")
                let response = try await app.client.post(URI(string: "http://127.0.0.1:\(port)/api/v1/imports"), headers: headers) { request in
                    request.body = ByteBuffer(string: body)
                }
                #expect(response.status == .unprocessableEntity)
                let answer = response.body.map { String(buffer: $0) } ?? ""
                #expect(answer.contains("99999 probleem"), "\(answer.prefix(500))")
            }
        }
    }

    // MARK: what the uploader may load is checked before the data

    /// Data rows that would each be a problem if they were read.
    static let badRows = (1...500).map { "2021;gemeente2024;999\($0);geen getal" }.joined(separator: "\n")

    @Test(arguments: TestDatabase.available)
    func aForbiddenIndicatorIsRefusedBeforeTheRowsAreRead(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            let gent = try await Accounts.organisation(app, "gent")
            let service = ImportService(database: app.db, catalogStore: app.catalogStore)
            let directory = try Fixtures.temporaryDirectory()
            let before = try await TestData.counts(app)

            // Format 1: the shared indicator in the header refuses the file; not one of its bad rows is reported.
            let wide = directory.appendingPathComponent("breed.csv")
            try ("period;geolevel;geoitem;v2506_elek_res_cons\n" + Self.badRows + "\n").write(to: wide, atomically: true, encoding: .utf8)
            let wideError = await #expect(throws: ImportFailure.self) {
                try await service.run([ImportFile(path: wide.path)], permission: .organisation(gent.id!))
            }
            let wideReport = try #require(wideError).description
            #expect(wideReport.contains("breed.csv, rij 1, kolom D: indicator 'v2506_elek_res_cons' hoort bij een andere organisatie"), "\(wideReport)")
            #expect(!wideReport.contains("bestaat niet"), "\(wideReport)")
            #expect(!wideReport.contains("geen getal ("), "\(wideReport)")

            // Format 2: the first row naming it ends the reading; the rows after it are not parsed.
            let long = directory.appendingPathComponent("lang.csv")
            let longRows = (1...500).map { "2021;gemeente2024;999\($0);v2506_elek_res_cons;geen getal" }.joined(separator: "\n")
            try ("PERIODE;GEBIEDSNIVEAU;GEBIED;ONDERWERP;WAARDE\n2021;gemeente2024;44021;v2506_elek_res_cons;5\n" + longRows + "\n")
                .write(to: long, atomically: true, encoding: .utf8)
            let longError = await #expect(throws: ImportFailure.self) {
                try await service.run([ImportFile(path: long.path)], permission: .organisation(gent.id!))
            }
            let longReport = try #require(longError).description
            #expect(longReport.contains("lang.csv, rij 2, kolom D: indicator 'v2506_elek_res_cons' hoort bij een andere organisatie"), "\(longReport)")
            #expect(!longReport.contains("bestaat niet"), "\(longReport)")
            #expect(try await TestData.counts(app) == before)
        }
    }
}
