import Foundation
import Testing

@testable import Charts

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Shared helpers for the chart tests.
enum TestSupport {
    /// The repository sits beside `shared/`; symlinks are resolved so that a scratch package linking
    /// to these tests still finds the data.
    static let dataDirectory: URL = {
        let testFile = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repositoryRoot =
            testFile
            .deletingLastPathComponent()  // ChartsTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
        return repositoryRoot.appendingPathComponent("../shared/data").standardizedFileURL
    }()

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Whether the markup parses as XML: browsers render inline SVG leniently, but a stray '&' or '<'
    /// is exactly the escaping bug these tests exist to catch.
    static func isWellFormed(_ svg: SVG) -> Bool {
        XMLParser(data: Data(svg.markup.utf8)).parse()
    }

    /// The CSP and accessibility rules every chart must meet.
    static func expectSafeAndAccessible(_ svg: SVG, id: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let markup = svg.markup
        #expect(markup.hasPrefix("<svg "), sourceLocation: sourceLocation)
        #expect(markup.hasSuffix("</svg>"), sourceLocation: sourceLocation)
        #expect(markup.contains(#"role="img""#), sourceLocation: sourceLocation)
        #expect(markup.contains(#"aria-labelledby="\#(id)-title \#(id)-desc""#), sourceLocation: sourceLocation)
        #expect(markup.contains(#"<title id="\#(id)-title">"#), sourceLocation: sourceLocation)
        #expect(markup.contains(#"<desc id="\#(id)-desc">"#), sourceLocation: sourceLocation)
        #expect(!markup.contains("style="), sourceLocation: sourceLocation)
        #expect(!markup.contains("<script"), sourceLocation: sourceLocation)
        #expect(markup.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil, sourceLocation: sourceLocation)
        #expect(isWellFormed(svg), sourceLocation: sourceLocation)
        // No text below 12 px.
        let sizes = matches(of: #"font-size="([0-9.]+)""#, in: markup).compactMap(Double.init)
        #expect(sizes.allSatisfy { $0 >= 12 }, sourceLocation: sourceLocation)
    }

    /// The first capture group of every match.
    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// A square of `size` degrees with its south-west corner at (lon, lat), as a one-ring polygon.
    static func square(lon: Double, lat: Double, size: Double = 0.1) -> GeoGeometry {
        GeoGeometry(polygons: [
            [
                [
                    GeoPoint(lon: lon, lat: lat), GeoPoint(lon: lon + size, lat: lat),
                    GeoPoint(lon: lon + size, lat: lat + size), GeoPoint(lon: lon, lat: lat + size),
                    GeoPoint(lon: lon, lat: lat),
                ]
            ]
        ])
    }
}
