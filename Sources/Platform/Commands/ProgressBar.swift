import Foundation

/// A one-line progress indicator on standard error, shown only on a terminal so logs and CI stay clean.
public final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var last = Date.distantPast
    private let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
    private var tick = 0

    public init() {}

    public func update(file: String, rows: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(last) > 0.1 else { return }
        last = now
        tick += 1
        let line = "\r\(spinner[tick % spinner.count]) \(file): \(rows) rijen gelezen"
        FileHandle.standardError.write(Data((line.padding(toLength: 78, withPad: " ", startingAt: 0)).utf8))
    }

    public func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 78) + "\r").utf8))
    }
}
