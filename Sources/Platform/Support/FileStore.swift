import Crypto
import Foundation
import Vapor

/// Where uploaded files (attachments, images) are kept. One interface, so a site can move its files to another store;
/// the default is a folder. Keys are the SHA-256 of the content: the same file is kept once, and a key says nothing
/// about the name a visitor gave it.
public protocol FileStore: Sendable {
    /// Keeps `data` and returns its key.
    func put(_ data: Data) async throws -> String
    /// The bytes kept under `key`, or nil.
    func get(_ key: String) async throws -> Data?
    func delete(_ key: String) async throws
}

/// Files in a folder, two levels of sub-folders by the first characters of the key.
public struct FolderFileStore: FileStore {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public static func key(of data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    func url(_ key: String) throws -> URL {
        guard key.count == 64, key.allSatisfy({ $0.isHexDigit && ($0.isNumber || $0.isLowercase) }) else {
            throw Abort(.badRequest, reason: "ongeldige bestandssleutel")
        }
        return root.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key)
    }

    public func put(_ data: Data) async throws -> String {
        let key = Self.key(of: data)
        let target = try url(key)
        if FileManager.default.fileExists(atPath: target.path) { return key }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Written beside and moved in place, so a reader never sees half a file.
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(key).\(UUID().uuidString)")
        try data.write(to: temporary)
        if FileManager.default.fileExists(atPath: target.path) {
            try? FileManager.default.removeItem(at: temporary)
        } else {
            do {
                try FileManager.default.moveItem(at: temporary, to: target)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                if !FileManager.default.fileExists(atPath: target.path) { throw error }
            }
        }
        return key
    }

    public func get(_ key: String) async throws -> Data? {
        let target = try url(key)
        return FileManager.default.fileExists(atPath: target.path) ? try Data(contentsOf: target) : nil
    }

    public func delete(_ key: String) async throws {
        let target = try url(key)
        if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
    }
}

extension Application {
    private struct FileStoreKey: StorageKey {
        typealias Value = any FileStore
    }

    /// The site's file store: `STADSBEELD_FILES_PATH`, else a folder `bestanden` beside the SQLite file (or in the
    /// working directory). With several app servers, point them all at one shared folder.
    public var fileStore: any FileStore {
        get {
            if let store = storage[FileStoreKey.self] { return store }
            let environment = ProcessInfo.processInfo.environment
            let root: URL
            if let path = environment["STADSBEELD_FILES_PATH"], !path.isEmpty {
                root = URL(fileURLWithPath: path)
            } else if let database = environment["DATABASE_PATH"], !database.isEmpty {
                root = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("bestanden")
            } else {
                root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("bestanden")
            }
            return FolderFileStore(root: root)
        }
        set { storage[FileStoreKey.self] = newValue }
    }
}
