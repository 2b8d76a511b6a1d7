import Foundation

/// Paths to the shared data files and scratch files for the tests.
enum Fixtures {
    /// The repository sits beside `shared/` both on developer machines and in CI.
    /// Symlinks are resolved so that a scratch package linking to these tests
    /// still finds the data.
    static let dataDirectory: URL = {
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repositoryRoot = testFile
            .deletingLastPathComponent()  // TabularTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
        return repositoryRoot.appendingPathComponent("../shared/data").standardizedFileURL
    }()

    static func data(_ relativePath: String) -> String {
        dataDirectory.appendingPathComponent(relativePath).path
    }

    /// A fresh directory per call, so tests running in parallel never share files.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tabular-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ bytes: [UInt8], named name: String) throws -> String {
        let url = try scratchDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, named name: String, bom: Bool = false) throws -> String {
        try write((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), named: name)
    }
}
