// swift-tools-version:6.0
import PackageDescription

// Layers, from the inside out (see docs/architecture.md):
//   CijfersDomain  pure types and rules of the Cijfers pillar (no I/O)
//   MaturiteitDomain pure rules of the Maturiteit pillar: scales, scores, statistics per theme
//   PlannenDomain  pure rules of the Plannen pillar: the BBC plan tree, progress roll-up, budgets, indicator status
//   KennisDomain   pure rules of the Kennis pillar: content types, workflow, event registration, iCalendar, Atom,
//                  upload sniffing, a minimal PDF writer
//   DienstenDomain pure rules of the Diensten pillar: the LPDC catalogue (linked data) as values, rights screening,
//                  the leefloon as rules as code with dated parameters (data files in its Resources), the parking
//                  register's check and issuing rules, energy sharing, the GDPR register and DPO deadlines, DEMaD
//   SearchText     pure Dutch-aware text analysis for the site-wide search: folding, stemming, synonyms, snippets
//   SafeMarkdown   Markdown (Ink) rendered to HTML with nothing raw passing through
//   AccessDomain   pure rules of access: roles, authorization, throttling, visibility of restricted data, audit diffs
//   Charts         SVG charts and choropleth maps rendered from data, map classification (pure)
//   Tabular        streaming readers for CSV and XLSX (no spreadsheet program)
//   CijfersImport  Swing file formats → typed records with located problems (pure)
//   Platform       what every pillar shares: database setup, audit log, accounts and access, CSRF and the write
//                  guard, the web kit (page frame, forms, typed paths, errors), the mail outbox, the `Pillar` protocol
//   Toegang        pillar: the account, member and administration pages
//   Cijfers        pillar: figures (storage, import, aggregation, pages, data API, Swing endpoints)
//   Maturiteit     pillar: self-evaluations, benchmarks, recommendations and work packages
//   Kennis         pillar: knowledge base, good practices, framework contracts, events, newsletter, the site search
//   Plannen        pillar: the cities' multi-year plans, their follow-up, budgets, indicators and the council report;
//                  reads figures only through Cijfers' public API (CijfersFigures)
//   Diensten       pillar: the services of the city deals — Rechtenverkenner (LPDC rights, screening), the
//                  leefloon advice, the parking and access register, energy sharing, the processing register, DEMaD;
//                  reads municipalities and figures only through Cijfers' public API
//   App            the list of pillars, configuration and the command line
//   stadsbeeld     the executable: a few lines over App
/// A pillar module (docs/architecture.md): the platform, its own pure modules, the server libraries every pillar uses,
/// and its Resources folder (string catalogues, seed and demo data).
func pillar(_ name: String, _ modules: [Target.Dependency]) -> Target {
    .target(
        name: name,
        dependencies: ["Platform", "AccessDomain"] + modules + [
            .product(name: "Fluent", package: "fluent"),
            .product(name: "SQLKit", package: "sql-kit"),
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Plot", package: "Plot"),
        ],
        resources: [.copy("Resources")]
    )
}

let package = Package(
    name: "Stadsbeeld",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "stadsbeeld", targets: ["stadsbeeld"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.32.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        // zlib for the xlsx reader: inflating with a bound on output and work (docs/reliability.md).
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.17.0"),
        // Prometheus metrics of the running server (docs/operations.md).
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        .target(name: "CijfersDomain"),
        .target(name: "AccessDomain"),
        .target(name: "MaturiteitDomain", dependencies: ["AccessDomain"]),
        .target(name: "PlannenDomain"),
        .target(name: "KennisDomain"),
        .target(name: "DienstenDomain", resources: [.copy("Resources")]),
        .target(name: "SearchText", resources: [.copy("Resources")]),
        .target(name: "SafeMarkdown", dependencies: [.product(name: "Ink", package: "Ink")]),
        .target(name: "Charts"),
        .target(
            name: "Tabular",
            dependencies: [.product(name: "CompressNIO", package: "compress-nio"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "CijfersImport", dependencies: ["CijfersDomain", "Tabular"]),
        .target(
            name: "Platform",
            dependencies: [
                "AccessDomain", "Charts", "SearchText",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
                // The SMTP client of the mail outbox.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources")]
        ),
        pillar("Toegang", ["Tabular"]),
        pillar("Cijfers", ["CijfersDomain", "CijfersImport", "Charts", "Tabular"]),
        pillar("Maturiteit", ["MaturiteitDomain", "Charts", "Tabular"]),
        pillar("Plannen", ["PlannenDomain", "Cijfers", "Charts", "Tabular"]),
        pillar("Kennis", ["KennisDomain", "SafeMarkdown", "SearchText", "Cijfers", "Maturiteit", "Plannen"]),
        pillar("Diensten", ["DienstenDomain", "SafeMarkdown", "Cijfers", "Charts", "Tabular"]),
        // The thin application: the list of pillars, configuration and the command line.
        .target(
            name: "App",
            dependencies: [
                "Platform", "Toegang", "Cijfers", "Maturiteit", "Plannen", "Kennis", "Diensten",
                .product(name: "Vapor", package: "vapor"),
            ]
        ),
        .executableTarget(name: "stadsbeeld", dependencies: ["App"]),
        .testTarget(name: "CijfersDomainTests", dependencies: ["CijfersDomain"]),
        .testTarget(name: "AccessDomainTests", dependencies: ["AccessDomain"]),
        .testTarget(name: "MaturiteitDomainTests", dependencies: ["MaturiteitDomain", "AccessDomain"]),
        .testTarget(name: "PlannenDomainTests", dependencies: ["PlannenDomain"]),
        .testTarget(name: "KennisDomainTests", dependencies: ["KennisDomain", "SafeMarkdown"]),
        .testTarget(name: "SearchTextTests", dependencies: ["SearchText"]),
        .testTarget(name: "DienstenDomainTests", dependencies: ["DienstenDomain"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"]),
        // ZIPFoundation builds the zip bombs the limit tests refuse.
        .testTarget(
            name: "TabularTests",
            dependencies: ["Tabular", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "CijfersImportTests", dependencies: ["CijfersImport"]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "Platform", "Toegang", "Cijfers", "Maturiteit", "Plannen", "PlannenDomain", "Kennis", "KennisDomain", "Diensten", "DienstenDomain", "SearchText", "CijfersDomain", "CijfersImport", "Tabular", "AccessDomain", "MaturiteitDomain",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            // Read from the source tree by path: the page snapshots and the previous main's database.
            exclude: ["__Snapshots__", "Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
