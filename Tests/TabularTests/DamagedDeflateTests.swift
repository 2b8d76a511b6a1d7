import Dispatch
import Foundation
import Testing
@testable import Tabular

/// A damaged deflate stream in an uploaded xlsx is refused as a corrupt file, quickly: before the fix, ZIPFoundation's
/// Linux inflate spun for ever on a stream that never ends (docs/reliability.md). Each read runs on its own thread
/// and the test fails if it has not finished within `timeLimit`, so a regression fails instead of hanging the suite.
@Suite struct DamagedDeflateTests {
    /// Generous for a 2-core machine running the whole suite: a healthy read of these files takes milliseconds.
    static let timeLimit: Double = 10

    /// What reading the first sheet of `path` ended with, or nil when it did not end within `timeLimit`.
    static func readWithinTimeLimit(_ path: String) -> Result<Int, TabularError>? {
        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                let rows = try XLSXReader(path: path).readAll().count
                outcome.set(.success(rows))
            } catch let error as TabularError {
                outcome.set(.failure(error))
            } catch {
                outcome.set(.failure(TabularError(location: TabularLocation(file: "?"), reason: "\(error)")))
            }
            finished.signal()
        }
        thread.start()
        guard finished.wait(timeout: .now() + timeLimit) == .success else { return nil }
        return outcome.value
    }

    final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<Int, TabularError>?
        func set(_ value: Result<Int, TabularError>) { lock.withLock { stored = value } }
        var value: Result<Int, TabularError>? { lock.withLock { stored } }
    }

    /// Replaces the compressed bytes of `part` in the zip at `path` (same length, headers untouched).
    static func overwriteData(of part: String, in path: String, with make: (Int) -> [UInt8]) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let name = Array(part.utf8)
        var at = 0
        while at + 30 < bytes.count {
            if bytes[at..<at + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]),
               bytes[(at + 30)..<min(at + 30 + name.count, bytes.count)].elementsEqual(name) {
                let compressed = Int(bytes.zipUInt32(at + 18))
                let start = at + 30 + Int(bytes.zipUInt16(at + 26)) + Int(bytes.zipUInt16(at + 28))
                let replacement = make(compressed)
                precondition(replacement.count == compressed)
                bytes.replaceSubrange(start..<start + compressed, with: replacement)
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                return
            }
            at += 1
        }
        Issue.record("part \(part) not found")
    }

    /// A deflate stream that is valid as far as it goes but never ends: one stored block, not marked final, that
    /// fills the part's compressed bytes exactly.
    static func unterminatedStream(length: Int) -> [UInt8] {
        let content = length - 5
        let lengthBytes: [UInt8] = [UInt8(content & 0xFF), UInt8(content >> 8)]
        return [0x00] + lengthBytes + lengthBytes.map { ~$0 } + Array(repeating: UInt8(ascii: "<"), count: content)
    }

    static func expectCorruptSheet(_ result: Result<Int, TabularError>?, file: String) {
        guard let result else {
            Issue.record("reading \(file) did not finish within \(timeLimit) s")
            return
        }
        switch result {
        case .success(let rows):
            Issue.record("a damaged \(file) was read as \(rows) rows")
        case .failure(let error):
            #expect(error.kind == .corruptXLSX)
            #expect(error.location == TabularLocation(file: file, sheet: "Data"))
            #expect(error.reason == TabularError.corruptXLSXReason)
        }
    }

    @Test func aSheetWhoseDeflateStreamNeverEndsIsRefusedAsCorrupt() throws {
        // setup: a good workbook, then its sheet's compressed bytes replaced by a stream without a final block
        let path = try LimitTests.workbook(sheetXML: LimitTests.sheet(rows: 200), named: "onaf.xlsx")
        #expect(Self.readWithinTimeLimit(path).flatMap { try? $0.get() } == 200)
        try Self.overwriteData(of: "xl/worksheets/sheet1.xml", in: path, with: Self.unterminatedStream)
        // act, check
        Self.expectCorruptSheet(Self.readWithinTimeLimit(path), file: "onaf.xlsx")
    }

    @Test func aSheetWithGarbageForItsDeflateStreamIsRefusedAsCorrupt() throws {
        let path = try LimitTests.workbook(sheetXML: LimitTests.sheet(rows: 200), named: "rommel.xlsx")
        // A reserved block type (11) right at the start: zlib calls it invalid at once.
        try Self.overwriteData(of: "xl/worksheets/sheet1.xml", in: path) { length in
            [0x07] + (1..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        }
        Self.expectCorruptSheet(Self.readWithinTimeLimit(path), file: "rommel.xlsx")
    }

    @Test func aSheetCutShortInsideItsStreamIsRefusedAsCorrupt() throws {
        // The second half of the compressed bytes zeroed: the stream breaks, ends early or fails its checksum.
        let path = try LimitTests.workbook(sheetXML: LimitTests.sheet(rows: 2_000), named: "half.xlsx")
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try Self.overwriteData(of: "xl/worksheets/sheet1.xml", in: path) { length in
            // Keep the first half as it was: read it back from the untouched copy.
            let bytes = [UInt8](original)
            let name = Array("xl/worksheets/sheet1.xml".utf8)
            let header = (0..<bytes.count - 30).first { i in
                bytes[i..<i + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04])
                    && bytes[(i + 30)..<(i + 30 + name.count)].elementsEqual(name)
            }!
            let start = header + 30 + Int(bytes.zipUInt16(header + 26)) + Int(bytes.zipUInt16(header + 28))
            return Array(bytes[start..<start + length / 2]) + Array(repeating: 0, count: length - length / 2)
        }
        Self.expectCorruptSheet(Self.readWithinTimeLimit(path), file: "half.xlsx")
    }

    @Test func theWorkbookFoundByFuzzingIsRefusedAsCorrupt() throws {
        // The input that made FuzzXLSX time out (fuzz/findings/): a real workbook with a few bytes of two parts changed.
        let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let finding = repository.appendingPathComponent("fuzz/findings/FuzzXLSX-hang-unterminated-deflate.xlsx")
        let copy = try Fixtures.scratchDirectory().appendingPathComponent("gevonden.xlsx")
        try FileManager.default.copyItem(at: finding, to: copy)
        let result = try #require(Self.readWithinTimeLimit(copy.path), "reading did not finish within \(Self.timeLimit) s")
        let error = try #require(result.failure)
        #expect(error.kind == .corruptXLSX)
        #expect(error.location.file == "gevonden.xlsx")
    }

    @Test func aRealWorkbookStillReadsAsBefore() throws {
        // A real workbook from the shared data, read to the end.
        let result = try #require(Self.readWithinTimeLimit(Fixtures.data("gebiedsniveaus/gemeente2024.xlsx")))
        #expect(try result.get() == 324)
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
