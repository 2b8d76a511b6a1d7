import Foundation
import Vapor

/// A multipart/form-data body read as it arrives (MultipartKit's streaming parser): text fields are kept in memory,
/// each at most `fieldBytes`; file parts go straight to files on disk; reading stops with 413 as soon as the body
/// passes its limit. No uploaded file is ever held in memory whole.
public struct StreamedForm: Sendable {
    public struct FilePart: Sendable {
        /// The form field, such as `file` or `files[]`.
        public let field: String
        /// The file name the client sent (may be empty).
        public let filename: String
        /// Where the bytes were written.
        public let path: String
        public let bytes: Int
    }

    private(set) var fields: [(name: String, value: String)] = []
    public private(set) var files: [FilePart] = []

    /// The last value of a text field.
    public func value(_ name: String) -> String? { fields.last { $0.name == name }?.value }

    /// The longest text field (a CSRF token, a mode); files have the request's limit.
    public static let fieldBytes = 64 << 10

    /// Reads the body of `request` (registered with `body: .stream`) into `directory`, which must exist.
    public static func read(_ request: Request, limit: Int, into directory: URL) async throws -> StreamedForm {
        guard let type = request.headers.contentType, type.type == "multipart", type.subType == "form-data",
              let boundary = type.parameters["boundary"], !boundary.isEmpty, boundary.utf8.count <= 200
        else {
            throw Abort(.unsupportedMediaType, reason: "stuur de gegevens als multipart/form-data")
        }
        return try await read(request.body, boundary: boundary, limit: limit, into: directory)
    }

    /// The same for any stream of chunks.
    public static func read<Body: AsyncSequence>(_ body: Body, boundary: String, limit: Int,
                                          into directory: URL) async throws -> StreamedForm where Body.Element == ByteBuffer {
        let collector = Collector(directory: directory)
        defer { collector.closeFile() }
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        var total = 0
        for try await chunk in body {
            total += chunk.readableBytes
            if total > limit { throw UploadLimit.tooLarge(limit) }
            do {
                try parser.execute(chunk)
            } catch {
                throw Abort(.badRequest, reason: "de multipart-gegevens zijn ongeldig")
            }
            if let error = collector.error { throw error }
        }
        guard !collector.inPart, collector.partsCompleted > 0 || total == 0 else {
            throw Abort(.badRequest, reason: "de upload is onvolledig aangekomen; stuur hem opnieuw")
        }
        return collector.form
    }

    /// The parser's callbacks, which cannot throw: the first problem is kept and checked after each chunk.
    private final class Collector {
        public let directory: URL
        public var form = StreamedForm()
        public var error: (any Error)?
        public var inPart = false
        public var partsCompleted = 0
        private var headers = HTTPHeaders()
        private var started = false
        private var field = ""
        private var filename: String?
        private var text: [UInt8] = []
        private var file: UnsafeMutablePointer<FILE>?
        private var filePath = ""
        private var fileBytes = 0

        public init(directory: URL) {
            self.directory = directory
        }

        public func header(_ name: String, _ value: String) {
            inPart = true
            headers.add(name: name, value: value)
        }

        /// The part's headers are complete once its first bytes (or its end) arrive.
        private func start() {
            guard !started else { return }
            started = true
            inPart = true
            let disposition = headers.contentDisposition
            field = disposition?.name ?? ""
            filename = disposition?.filename
            guard filename != nil else { return }
            filePath = directory.appendingPathComponent("deel-\(form.files.count + 1)").path
            file = fopen(filePath, "wb")
            if file == nil { error = Abort(.internalServerError, reason: "de upload kan niet tijdelijk bewaard worden") }
        }

        public func body(_ buffer: inout ByteBuffer) {
            start()
            guard error == nil else { return }
            if let file {
                let written = buffer.withUnsafeReadableBytes { fwrite($0.baseAddress, 1, $0.count, file) }
                if written != buffer.readableBytes {
                    error = Abort(.internalServerError, reason: "de upload kan niet tijdelijk bewaard worden")
                }
                fileBytes += buffer.readableBytes
            } else {
                if text.count + buffer.readableBytes > StreamedForm.fieldBytes {
                    error = UploadLimit.fieldTooLarge(field)
                    return
                }
                text.append(contentsOf: buffer.readableBytesView)
            }
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        }

        public func complete() {
            start()
            if file != nil {
                closeFile()
                form.files.append(FilePart(field: field, filename: filename ?? "", path: filePath, bytes: fileBytes))
            } else if error == nil {
                form.fields.append((field, String(decoding: text, as: UTF8.self)))
            }
            partsCompleted += 1
            headers = HTTPHeaders()
            started = false
            inPart = false
            text = []
            filename = nil
            fileBytes = 0
        }

        public func closeFile() {
            if let file { fclose(file) }
            file = nil
        }
    }
}

/// Refusals for bodies past their limit, with the limit named.
public enum UploadLimit {
    public static func tooLarge(_ limit: Int) -> Abort {
        Abort(.payloadTooLarge, reason: "de gegevens zijn groter dan \(size(limit)), de grens voor dit formulier of deze upload; "
              + "verdeel ze over meer uploads")
    }

    public static func fieldTooLarge(_ name: String) -> Abort {
        Abort(.payloadTooLarge, reason: "het veld '\(name)' is groter dan \(size(StreamedForm.fieldBytes))")
    }

    /// "512 MB", "64 kB".
    public static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) kB" }
        return "\(bytes) bytes"
    }
}
