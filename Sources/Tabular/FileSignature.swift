import Foundation

/// "PK\u{3}\u{4}", the start of every zip archive and so of every xlsx file.
let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

/// The OLE compound file header: old .xls workbooks and password-protected xlsx.
let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

func hasZipSignature(path: String) -> Bool {
    fileSignature(path: path).starts(with: zipSignature)
}

/// The first bytes of a file, for recognising its format by content.
func fileSignature(path: String, length: Int = 8) -> [UInt8] {
    guard let stream = fopen(path, "rb") else { return [] }
    defer { fclose(stream) }
    var bytes = [UInt8](repeating: 0, count: length)
    let n = fread(&bytes, 1, length, stream)
    return Array(bytes.prefix(n))
}
