import Foundation

/// Streams a CSV file record by record.
///
/// The file is read in fixed chunks so memory stays flat however large the file
/// is. Records follow RFC 4180 with the usual leniency: any of LF, CRLF or CR ends
/// a line, and a stray character after a closing quote is kept rather than refused.
public final class CSVReader: RowReader {
    public let path: String
    public let file: String
    public var sheet: String? { nil }
    /// The field separator, detected from the header unless given.
    public let delimiter: UInt8
    /// Whether numbers in this file are written with a decimal comma.
    public let decimalComma: Bool
    /// The bounds on record, cell and file size.
    public let limits: TabularLimits

    static let chunkSize = 256 * 1024
    static let sampleSize = 64 * 1024

    private let stream: UnsafeMutablePointer<FILE>
    private let buffer: UnsafeMutablePointer<UInt8>
    private var position = 0
    private var filled = 0
    private var atEOF = false
    /// Bytes of the chunks before the one in the buffer, so a record's length is known across refills.
    private var consumedBefore = 0
    private var cellsRead = 0

    // Line bookkeeping survives chunk boundaries, so it lives here rather than in
    // the record loop.
    private var line = 1
    private var previousWasCR = false
    private var skipLineFeed = false

    private var field: [UInt8] = []
    private var widthHint = 8
    private var rowsReturned = 0
    private var finished = false

    /// Opens `path`; `delimiter` overrides detection.
    public init(path: String, delimiter: UInt8? = nil, limits: TabularLimits = .standard) throws(TabularError) {
        self.path = path
        self.limits = limits
        let file = URL(fileURLWithPath: path).lastPathComponent
        self.file = file
        guard let stream = fopen(path, "rb") else {
            throw TabularError(location: TabularLocation(file: file),
                               reason: "het bestand bestaat niet of kan niet gelezen worden",
                               kind: .unreadableFile)
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.chunkSize)
        // Until every stored property is set, a throw does not run deinit, so the
        // file and buffer are released here.
        func failure(_ reason: String, _ kind: TabularError.Kind) -> TabularError {
            fclose(stream)
            buffer.deallocate()
            return TabularError(location: TabularLocation(file: file), reason: reason, kind: kind)
        }

        // Fill the first chunk far enough to sniff the dialect from a fair sample.
        var filled = 0
        while filled < Self.sampleSize {
            let n = fread(buffer + filled, 1, Self.chunkSize - filled, stream)
            if n == 0 { break }
            filled += n
        }
        if ferror(stream) != 0 {
            throw failure("het bestand kan niet gelezen worden", .unreadableFile)
        }
        let atEOF = feof(stream) != 0

        let head = UnsafeBufferPointer(start: buffer, count: filled)
        var position = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
        } else if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw failure("het bestand is opgeslagen als UTF-16; sla het op als CSV UTF-8", .invalidEncoding)
        }
        let sample = UnsafeBufferPointer(rebasing: head[position...])
        if atEOF && sample.allSatisfy(isASCIIWhitespace) {
            throw failure(TabularError.emptyFileReason, .emptyFile)
        }
        let sniffed = UnsafeBufferPointer(rebasing: sample.prefix(Self.sampleSize))
        let dialect = CSVDialect.detect(sample: sniffed,
                                        isComplete: atEOF && sniffed.count == sample.count,
                                        delimiter: delimiter)

        self.stream = stream
        self.buffer = buffer
        self.filled = filled
        self.position = position
        self.atEOF = atEOF
        self.delimiter = dialect.delimiter
        self.decimalComma = dialect.decimalComma
        field.reserveCapacity(256)
    }

    deinit {
        fclose(stream)
        buffer.deallocate()
    }

    public func next() throws(TabularError) -> Row? {
        while !finished {
            guard let row = try readRecord() else {
                finished = true
                if rowsReturned == 0 {
                    throw TabularError(location: TabularLocation(file: file),
                                       reason: TabularError.emptyFileReason, kind: .emptyFile)
                }
                return nil
            }
            if row.isBlank { continue }
            rowsReturned += 1
            return row
        }
        return nil
    }

    private func refill() -> Bool {
        if atEOF { return false }
        consumedBefore += filled
        position = 0
        filled = fread(buffer, 1, Self.chunkSize, stream)
        if filled == 0 {
            atEOF = true
            return false
        }
        return true
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    /// One physical record, possibly spanning lines inside quotes; `nil` at EOF.
    /// Blank lines are consumed without producing a record.
    ///
    /// The scanning state is kept in locals and written back only around refills
    /// and exits: touching stored properties per byte would cost a dynamic
    /// exclusivity check each time.
    private func readRecord() throws(TabularError) -> Row? {
        var cells: [Cell] = []
        cells.reserveCapacity(widthHint)
        var field: [UInt8] = []
        swap(&field, &self.field)
        defer {
            field.removeAll(keepingCapacity: true)
            swap(&field, &self.field)
        }
        var state = State.fieldStart
        var started = false
        // Offset in the file of the record's first byte: its length is checked at every refill and at its end,
        // so an overlong record is refused after at most one more chunk, never built whole.
        var recordStart = 0
        var startLine = line
        var quoteLine = line
        let quote = UInt8(ascii: "\"")
        let delimiter = self.delimiter
        let buffer = self.buffer

        var position = self.position
        var filled = self.filled
        var line = self.line
        var previousWasCR = self.previousWasCR
        var skipLineFeed = self.skipLineFeed
        func save() {
            self.position = position
            self.line = line
            self.previousWasCR = previousWasCR
            self.skipLineFeed = skipLineFeed
        }
        let limits = self.limits
        func tooLarge(_ reason: String, column: Int? = nil) -> TabularError {
            finished = true
            // Most often the rest of the file has become one field.
            let hint = state == .quoted ? "; staat er een aanhalingsteken dat niet gesloten wordt?" : ""
            return TabularError(location: TabularLocation(file: file, row: startLine, column: column.map(columnLetters)),
                                reason: reason + hint, kind: .tooLarge)
        }
        func checkLength() throws(TabularError) {
            if consumedBefore + position - recordStart > limits.recordBytes {
                throw tooLarge("de regel is langer dan \(TabularLimits.size(limits.recordBytes)), de grens voor één regel")
            }
            if field.count > limits.cellBytes {
                throw tooLarge("de cel is langer dan \(TabularLimits.size(limits.cellBytes)), de grens voor één cel",
                               column: cells.count)
            }
        }
        // A field that is not UTF-8 is reported once the whole record has been
        // consumed, so that the next call starts cleanly at the next record.
        var invalidEncoding: TabularError?
        func finishField() throws(TabularError) {
            if field.count > limits.cellBytes {
                throw tooLarge("de cel is langer dan \(TabularLimits.size(limits.cellBytes)), de grens voor één cel",
                               column: cells.count)
            }
            if cells.count >= limits.columns {
                throw tooLarge("de rij heeft meer dan \(limits.columns) kolommen, de grens voor één rij", column: cells.count)
            }
            if let cell = Self.cell(from: field) {
                cells.append(cell)
            } else {
                if invalidEncoding == nil {
                    invalidEncoding = TabularError(
                        location: TabularLocation(file: file, row: startLine, column: columnLetters(cells.count)),
                        reason: "ongeldige tekens: het bestand is geen UTF-8 (sla het op als CSV UTF-8)",
                        kind: .invalidEncoding)
                }
                cells.append(.empty)
            }
            field.removeAll(keepingCapacity: true)
        }
        func complete() throws(TabularError) -> Row {
            try checkLength()
            try finishField()
            cellsRead += cells.count
            if cellsRead > limits.cells {
                throw tooLarge("het bestand heeft meer dan \(limits.cells) cellen, de grens voor één bestand; "
                               + "verdeel het over meer bestanden")
            }
            if let invalidEncoding { throw invalidEncoding }
            widthHint = max(widthHint, cells.count)
            return Row(number: startLine, cells: cells)
        }

        while true {
            if position == filled {
                if started { try checkLength() }
                save()
                let more = refill()
                position = self.position
                filled = self.filled
                guard more else {
                    if state == .quoted {
                        finished = true
                        throw TabularError(
                            location: TabularLocation(file: file, row: quoteLine,
                                                      column: columnLetters(cells.count)),
                            reason: TabularError.unterminatedQuoteReason, kind: .unterminatedQuote)
                    }
                    guard started else { return nil }
                    return try complete()
                }
            }
            let c = buffer[position]
            position += 1

            if skipLineFeed {
                skipLineFeed = false
                if c == 0x0A {
                    previousWasCR = false
                    continue
                }
            }
            let isNewline = c == 0x0A || c == 0x0D
            if isNewline {
                if c == 0x0D || !previousWasCR { line += 1 }
                previousWasCR = c == 0x0D
            } else {
                previousWasCR = false
            }

            switch state {
            case .quoted:
                if c == quote {
                    state = .afterQuote
                } else {
                    field.append(c)
                }
            case .unquoted where !isNewline && c != delimiter:
                field.append(c)
            case .fieldStart, .unquoted, .afterQuote:
                if isNewline {
                    // The line was already counted above; a CR may still be followed by
                    // its LF, which belongs to this same line end.
                    skipLineFeed = c == 0x0D
                    guard started else { continue }
                    save()
                    return try complete()
                }
                if !started {
                    started = true
                    startLine = line
                    recordStart = consumedBefore + position - 1
                }
                if c == delimiter {
                    try finishField()
                    state = .fieldStart
                } else if c == quote && state == .fieldStart {
                    state = .quoted
                    quoteLine = line
                } else if c == quote && state == .afterQuote {
                    field.append(quote)
                    state = .quoted
                } else {
                    field.append(c)
                    state = .unquoted
                }
            }
        }
    }

    /// `nil` when the bytes are not valid UTF-8. Pure ASCII, by far the most
    /// common case, skips the validating decoder.
    private static func cell(from field: [UInt8]) -> Cell? {
        if field.isEmpty { return .empty }
        if field.allSatisfy({ $0 < 0x80 }) {
            return .text(String(decoding: field, as: UTF8.self))
        }
        return String(validating: field, as: UTF8.self).map(Cell.text)
    }
}
