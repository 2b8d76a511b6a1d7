/// How much one table file may cost to read. Uploads come from outside, so every dimension that makes reading
/// slow or memory-hungry has a bound, checked while reading: a file past a bound is refused with a located
/// `TabularError` of kind `.tooLarge` before it is read further. The standard values are far above what real
/// Swing files need (the largest sheets in the test data are 23 MB of XML inflated from 3 MB, lines of a few kB).
public struct TabularLimits: Sendable {
    /// Longest CSV record in bytes (a line, or several inside quotes). Standard 1 MiB.
    public var recordBytes: Int
    /// Longest cell in bytes. Standard 128 KiB: Excel's own limit is 32,767 characters, at most 4 bytes each.
    public var cellBytes: Int
    /// Most columns in one row. Standard 16,384, Excel's own limit.
    public var columns: Int
    /// Most cells (filled or not, up to the last filled one of each row) in one file or sheet. Standard 100 million:
    /// the 10-million-value benchmark file written in the long format has 50 million.
    public var cells: Int
    /// Largest part of an xlsx package once inflated (a sheet, the shared strings). Standard 256 MiB.
    public var inflatedPartBytes: Int
    /// Highest compression ratio of an xlsx part (inflated / compressed). Standard 100: real sheets inflate about
    /// tenfold, a zip bomb a thousandfold.
    public var compressionRatio: Int
    /// Parts smaller than this once inflated are not held to the ratio (a tiny part can compress very well).
    /// Standard 1 MiB.
    public var ratioFloorBytes: Int

    public init(recordBytes: Int = 1 << 20, cellBytes: Int = 128 << 10, columns: Int = 16_384,
                cells: Int = 100_000_000, inflatedPartBytes: Int = 256 << 20, compressionRatio: Int = 100,
                ratioFloorBytes: Int = 1 << 20) {
        self.recordBytes = recordBytes
        self.cellBytes = cellBytes
        self.columns = columns
        self.cells = cells
        self.inflatedPartBytes = inflatedPartBytes
        self.compressionRatio = compressionRatio
        self.ratioFloorBytes = ratioFloorBytes
    }

    /// The bounds every reader applies unless told otherwise.
    public static let standard = TabularLimits()

    /// A byte count as users read it: "1 MB", "128 kB", "300 bytes".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) kB" }
        return "\(bytes) bytes"
    }
}
