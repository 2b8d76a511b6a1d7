import FuzzSupport
import Tabular

/// Any bytes as a CSV file: the reader must return rows or a located TabularError, never crash, and stop.
func readCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let path = Fuzz.file(data, size, suffix: ".csv")
    guard let reader = try? CSVReader(path: path) else { return 0 }
    var rows = 0
    while rows < 100_000 {
        do {
            guard let row = try reader.next() else { break }
            for cell in row.cells { _ = cell.number(decimalComma: reader.decimalComma); _ = cell.text }
            rows += 1
        } catch {
            // An error about one row lets reading go on; an error about the file ends it with nil next time.
            rows += 1
        }
    }
    return 0
}

Fuzz.run(readCSV)
