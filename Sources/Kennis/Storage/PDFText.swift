import Foundation

/// The text of a PDF, by poppler's `pdftotext` (a real tool, not our own parser): what the search finds in
/// attachments. Nil when the tool is missing, fails or takes too long; the file is then kept without text.
enum PDFText {
    static let candidates = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"]
    static let maximumPages = 300
    static let timeout: TimeInterval = 30

    static var tool: String? { candidates.first { FileManager.default.isExecutableFile(atPath: $0) } }

    static func extract(_ data: Data) async -> String? {
        guard let tool else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return nil
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.pdf"), output = folder.appendingPathComponent("out.txt")
        guard (try? data.write(to: input)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-l", String(maximumPages), "-q", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished: Bool = await withCheckedContinuation { continuation in
            let state = ResumeOnce(continuation)
            process.terminationHandler = { _ in state.resume(true) }
            do {
                try process.run()
            } catch {
                state.resume(false)
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning { process.terminate() }
                state.resume(false)
            }
        }
        guard finished, process.terminationStatus == 0, let text = try? String(contentsOf: output, encoding: .utf8) else { return nil }
        return text.replacingOccurrences(of: "\u{0C}", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Resumes a continuation once, whichever of the process's end and the timeout comes first.
private final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Bool, Never>?

    init(_ continuation: CheckedContinuation<Bool, Never>) {
        self.continuation = continuation
    }

    func resume(_ value: Bool) {
        lock.lock()
        let c = continuation
        continuation = nil
        lock.unlock()
        c?.resume(returning: value)
    }
}
