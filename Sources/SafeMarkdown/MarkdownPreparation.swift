/// The pass over the Markdown before Ink reads it.
///
/// Outside code, `<` becomes `&lt;` and a lone `&` becomes `&amp;`, so Ink never sees raw HTML and shows it as text
/// where it was written. `<https://…>` becomes a Markdown link. The pass also notes link reference definitions
/// (`[name]: url`) and flags input whose shape makes Ink's parser slow, deeply recursive or its output huge; such
/// input is shown as escaped text instead. Ink retries nested `[` at every level (the time doubles with each level),
/// reads a link target after `](` up to the balancing `)` or the end of the line, and writes every table row with as
/// many cells as the widest row.
struct MarkdownPreparation {
    /// More unclosed `[` than this within one paragraph counts as too complex.
    static let maximumBracketDepth = 5
    /// A list item indented further than this counts as too complex (each level of indent is one level of recursion).
    static let maximumListIndent = 40
    /// The most characters Ink may read looking for the ends of link targets, summed over the text.
    static let maximumTargetScan = 1_000_000
    /// The most cells all tables together may have (rows times the widest row).
    static let maximumTableCells = 100_000

    private(set) var text = ""
    private(set) var declarations: [String: String] = [:]
    private(set) var isTooComplex = false

    init(_ source: String) {
        var output = [Unicode.Scalar]()
        var openFence: Int?
        var bracketDepth = 0
        var targetScan = 0
        var tableCells = 0
        var table = (rows: 0, widest: 0)
        var isFirstLine = true
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if !isFirstLine { output.append("\n") }
            isFirstLine = false
            let scalars = Array(line.unicodeScalars)
            if let fence = openFence {
                // Ink closes a fence only with the same number of backticks at the start of a line.
                if Self.leadingCount(of: "`", in: scalars[...]) == fence { openFence = nil }
                output.append(contentsOf: scalars)
                continue
            }
            let indent = scalars.prefix { $0 == " " || $0 == "\t" }.count
            let rest = scalars[indent...]
            if rest.first == "|" {
                table.rows += 1
                table.widest = max(table.widest, rest.filter { $0 == "|" }.count)
            } else {
                tableCells += table.rows * table.widest
                table = (0, 0)
            }
            targetScan += Self.targetScanLength(scalars)
            let backticks = Self.leadingCount(of: "`", in: rest)
            if backticks >= 3 {
                openFence = backticks
                output.append(contentsOf: scalars)
                continue
            }
            if rest.isEmpty { bracketDepth = 0 }
            if indent > Self.maximumListIndent, Self.startsWithListMarker(rest) { isTooComplex = true }
            let escaped = escapeInline(scalars, bracketDepth: &bracketDepth)
            noteDeclaration(in: escaped)
            output.append(contentsOf: escaped)
        }
        tableCells += table.rows * table.widest
        if targetScan > Self.maximumTargetScan || tableCells > Self.maximumTableCells { isTooComplex = true }
        text = String(scalars: output)
    }

    /// How far Ink reads for the targets of the `](` on a line: each up to its balancing `)` or the line's end.
    private static func targetScanLength(_ scalars: [Unicode.Scalar]) -> Int {
        var openParentheses: [Int] = []
        var targetStarts: Set<Int> = []
        var length = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" {
                openParentheses.append(index)
                if index > 0, scalars[index - 1] == "]" { targetStarts.insert(index) }
            } else if scalar == ")", let open = openParentheses.popLast(), targetStarts.contains(open) {
                length += index - open
            }
        }
        for open in openParentheses where targetStarts.contains(open) { length += scalars.count - open }
        return length
    }

    private mutating func escapeInline(
        _ scalars: [Unicode.Scalar], bracketDepth: inout Int
    ) -> [Unicode.Scalar] {
        var output = [Unicode.Scalar]()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "`":
                // A code span runs to the next backtick on the line; Ink keeps a backtick after `\` literal.
                let escapedByBackslash = index > 0 && scalars[index - 1] == "\\"
                if !escapedByBackslash, let close = scalars[(index + 1)...].firstIndex(of: "`") {
                    output.append(contentsOf: scalars[index...close])
                    index = close + 1
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "<":
                if let (link, end) = Self.autolink(in: scalars, at: index) {
                    output.append(contentsOf: link.unicodeScalars)
                    index = end
                } else {
                    output.append(contentsOf: "&lt;".unicodeScalars)
                    index += 1
                }
            case "&":
                if HTMLText.entityLength(in: scalars[index...]) == nil {
                    output.append(contentsOf: "&amp;".unicodeScalars)
                } else {
                    output.append(scalar)
                }
                index += 1
            case "[" where index > 0 && scalars[index - 1] == "\\", "]" where index > 0 && scalars[index - 1] == "\\":
                // Ink does not start or end a link at an escaped bracket.
                output.append(scalar)
                index += 1
            case "[":
                bracketDepth += 1
                if bracketDepth > Self.maximumBracketDepth { isTooComplex = true }
                output.append(scalar)
                index += 1
            case "]":
                bracketDepth = max(0, bracketDepth - 1)
                output.append(scalar)
                index += 1
            default:
                output.append(scalar)
                index += 1
            }
        }
        return output
    }

    /// Ink's link reference definition: `[name]:`, at least one space, then the target up to the end of the line.
    private mutating func noteDeclaration(in line: [Unicode.Scalar]) {
        let scalars = Array(line.drop { $0 == " " || $0 == "\t" })
        guard scalars.first == "[", let close = scalars.firstIndex(of: "]"),
            close + 2 < scalars.count, scalars[close + 1] == ":",
            scalars[close + 2] == " " || scalars[close + 2] == "\t"
        else { return }
        let name = String(scalars: scalars[1..<close]).lowercased()
        let target = scalars[(close + 2)...].drop { $0 == " " || $0 == "\t" }
        declarations[name] = String(scalars: target)
    }

    /// `<https://…>`, `<http://…>` or `<mailto:…>` as a Markdown link, with the index after the closing `>`.
    private static func autolink(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let forbidden: Set<Unicode.Scalar> = [" ", "\t", "<", "[", "]", "(", ")", "`", "\"", "\\"]
        var end = start + 1
        while end < scalars.count, scalars[end] != ">" {
            if forbidden.contains(scalars[end]) { return nil }
            end += 1
        }
        guard end < scalars.count else { return nil }
        let target = String(scalars: scalars[(start + 1)..<end])
        let lowered = target.lowercased()
        guard ["http://", "https://", "mailto:"].contains(where: { lowered.hasPrefix($0) && lowered.count > $0.count })
        else { return nil }
        var safeTarget = ""
        var label = ""
        let targetScalars = Array(target.unicodeScalars)
        for (offset, scalar) in targetScalars.enumerated() {
            let piece: String
            if scalar == "&", HTMLText.entityLength(in: targetScalars[offset...]) == nil {
                piece = "&amp;"
            } else {
                piece = String(scalar)
            }
            safeTarget += piece
            // In the link text, emphasis markers are escaped so `a_b_c` stays as written.
            label += ["*", "_", "~"].contains(scalar) ? "\\" + piece : piece
        }
        return ("[\(label)](\(safeTarget))", end + 1)
    }

    private static func leadingCount(of character: Unicode.Scalar, in scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.prefix { $0 == character }.count
    }

    private static func startsWithListMarker(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return false }
        if first == "-" || first == "*" || first == "+" { return true }
        return first.properties.numericType != nil
    }
}
