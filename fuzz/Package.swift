// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the code that reads what users upload: the CSV reader, the XLSX reader and the formula
// parser. A package of its own, so that the sanitizer flags never touch the main build; the sources are the
// main package's own (symlinked), not copies. Build and run with scripts/fuzz (see docs/reliability.md).
let package = Package(
    name: "StadsbeeldFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", exact: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
    ],
    targets: [
        .target(name: "CijfersDomain"),
        .target(name: "Tabular", dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["Tabular", "FuzzSupport"]),
        .executableTarget(name: "FuzzXLSX", dependencies: ["Tabular", "FuzzSupport"]),
        .executableTarget(name: "FuzzFormula", dependencies: ["CijfersDomain", "FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
