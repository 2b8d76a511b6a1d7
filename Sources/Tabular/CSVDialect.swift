/// Guesses how a CSV file was written from a sample of its first bytes.
///
/// Files reach us from Excel in Dutch or English locales, from LibreOffice and from
/// scripts, so neither the delimiter nor the decimal separator can be assumed.
struct CSVDialect: Equatable {
    var delimiter: UInt8
    var decimalComma: Bool

    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09, UInt8(ascii: "|")]

    /// `sample` starts after any byte-order mark; `isComplete` says whether it
    /// holds the whole file, so that a cut-off last record can be ignored. A given
    /// `delimiter` is taken as is and only the decimal separator is guessed.
    static func detect(sample: UnsafeBufferPointer<UInt8>, isComplete: Bool,
                       delimiter given: UInt8? = nil) -> CSVDialect {
        let delimiter = given ?? detectDelimiter(sample: sample, isComplete: isComplete)
        // With a comma as delimiter an unquoted decimal comma is impossible.
        if delimiter == UInt8(ascii: ",") {
            return CSVDialect(delimiter: delimiter, decimalComma: false)
        }
        let records = splitRecords(sample, delimiter: delimiter, isComplete: isComplete, limit: 1000)
        var commaDecimals = 0
        var pointDecimals = 0
        for record in records.dropFirst() {
            for field in record {
                switch decimalEvidence(field) {
                case .comma: commaDecimals += 1
                case .point: pointDecimals += 1
                case .none: break
                }
            }
        }
        return CSVDialect(delimiter: delimiter, decimalComma: commaDecimals > 0 && pointDecimals == 0)
    }

    /// The delimiter that splits the header into several fields and gives the
    /// most following records that same field count.
    static func detectDelimiter(sample: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> UInt8 {
        var best: (delimiter: UInt8, consistent: Int, width: Int)?
        for candidate in candidates {
            let records = splitRecords(sample, delimiter: candidate, isComplete: isComplete, limit: 200)
            guard let header = records.first, header.count > 1 else { continue }
            let consistent = records.dropFirst().filter { $0.count == header.count }.count
            if let current = best,
               (consistent, header.count) <= (current.consistent, current.width) {
                continue
            }
            best = (candidate, consistent, header.count)
        }
        // A single-column file: nothing to split, and ';' leaves decimal commas intact.
        return best?.delimiter ?? UInt8(ascii: ";")
    }

    enum DecimalEvidence { case comma, point, none }

    /// Which decimal separator a field shows, if it looks like a number at all.
    /// "1.234" is not counted as a decimal point: in a Dutch file it is a thousand.
    static func decimalEvidence(_ field: [UInt8]) -> DecimalEvidence {
        var bytes = field[...]
        while let f = bytes.first, isASCIIWhitespace(f) { bytes = bytes.dropFirst() }
        while let l = bytes.last, isASCIIWhitespace(l) { bytes = bytes.dropLast() }
        if let f = bytes.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, let last = bytes.last,
              isDigit(first), isDigit(last) else { return .none }
        var commas: [Int] = []
        var points: [Int] = []
        for i in bytes.indices {
            let b = bytes[i]
            if b == UInt8(ascii: ",") { commas.append(i) }
            else if b == UInt8(ascii: ".") { points.append(i) }
            else if !isDigit(b) { return .none }
        }
        if commas.count == 1, points.allSatisfy({ $0 < commas[0] }) { return .comma }
        if points.count == 1, commas.allSatisfy({ $0 < points[0] }) {
            let before = points[0] - bytes.startIndex
            let after = bytes.endIndex - points[0] - 1
            if commas.isEmpty && before <= 3 && after == 3 { return .none }
            return .point
        }
        return .none
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// A small quote-aware split, only for sniffing; the reader proper streams.
    /// Blank lines are left out.
    static func splitRecords(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                             isComplete: Bool, limit: Int) -> [[[UInt8]]] {
        var records: [[[UInt8]]] = []
        var record: [[UInt8]] = []
        var field: [UInt8] = []
        var inQuotes = false
        var fieldStarted = false
        var i = 0
        let quote = UInt8(ascii: "\"")
        func endRecord() {
            if fieldStarted || !record.isEmpty || !field.isEmpty {
                record.append(field)
                records.append(record)
            }
            record = []
            field = []
            fieldStarted = false
        }
        while i < bytes.count, records.count < limit {
            let b = bytes[i]
            i += 1
            if inQuotes {
                if b == quote {
                    if i < bytes.count, bytes[i] == quote {
                        field.append(quote)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(b)
                }
                continue
            }
            switch b {
            case quote where field.isEmpty:
                inQuotes = true
                fieldStarted = true
            case delimiter:
                record.append(field)
                field = []
                fieldStarted = true
            case 0x0A, 0x0D:
                endRecord()
            default:
                field.append(b)
                fieldStarted = true
            }
        }
        if isComplete && i >= bytes.count && !inQuotes && records.count < limit {
            endRecord()
        }
        return records
    }
}
