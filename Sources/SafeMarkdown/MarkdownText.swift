/// Clean-up of Markdown before anything reads it.
enum MarkdownText {
    /// Line ends as `\n`; control characters other than tab and line end removed (NUL, escape, C1 codes, …);
    /// a byte-order mark dropped.
    static func normalised(_ markdown: String) -> String {
        var scalars = [Unicode.Scalar]()
        var previousWasCarriageReturn = false
        for scalar in markdown.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
            case 0x0A:
                if !previousWasCarriageReturn { scalars.append("\n") }
            case 0x09:
                scalars.append(scalar)
            case 0x00..<0x20, 0x7F...0x9F, 0xFEFF:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars: scalars)
    }
}

extension String {
    /// A string from scalars, appended one by one (appending a scalar sequence at once copies the whole string).
    init(scalars: some Collection<Unicode.Scalar>) {
        var text = ""
        text.reserveCapacity(scalars.count)
        for scalar in scalars { text.unicodeScalars.append(scalar) }
        self = text
    }
}
