import Platform
import Vapor
import Foundation

/// SHA-256 over the bytes of the files in the order given, read in chunks.
enum FileChecksum {
    static func sha256(of paths: [String]) -> String {
        var hasher = SHA256()
        for path in paths {
            guard let handle = FileHandle(forReadingAtPath: path) else { continue }
            defer { try? handle.close() }
            while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
