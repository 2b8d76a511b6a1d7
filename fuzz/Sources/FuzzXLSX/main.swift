import FuzzSupport
import Tabular

/// Any bytes as an .xlsx workbook (zip + XML): rows or a located TabularError, never a crash or a hang.
func readXLSX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let path = Fuzz.file(data, size, suffix: ".xlsx")
    guard let reader = try? TableFile.open(path: path) else { return 0 }
    var rows = 0
    while rows < 100_000 {
        do {
            guard let row = try reader.next() else { break }
            for cell in row.cells { _ = cell.number(decimalComma: false); _ = cell.text }
            rows += 1
        } catch {
            rows += 1
        }
    }
    return 0
}

Fuzz.run(readXLSX)
