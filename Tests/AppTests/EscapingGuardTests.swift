import Foundation
import Testing

/// Plot writes attribute values unescaped, so pages write attributes only with our escaping `.attr(name, value)`
/// (Sources/Platform/Web/Layout/HTMLEscaping.swift). This scan fails when one of Plot's own builders, or unreviewed
/// raw markup, appears in any module that writes pages (every module but Charts, which escapes its own SVG).
@Suite("Escaping guard")
struct EscapingGuardTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Plot's builders that take a string or URL and write it into an attribute as it is. Plot's enum-valued ones
    /// (`.type(.submit)`, `.method(.get)`, `.rel(.stylesheet)`) are fine: their values are fixed.
    static let unescapedBuilders = [
        "id", "class", "`class`", "data", "title", "name", "property", "type", "value", "sizes", "color", "href",
        "datetime", "src", "srcset", "media", "action", "for", "placeholder", "label", "style", "content", "allow",
        "alt", "ariaLabel", "ariaControls", "integrity", "onclick",
    ]

    /// Raw markup that was reviewed: our charts (escaped in Sources/Charts), the sparkline and the indicator table
    /// rows (escaped with HTMLEscaping.escape), Markdown rendered by SafeMarkdown and LPDC's HTML cleaned by SafeHTML
    /// (their output passes SafeMarkdown's allowlist).
    static let reviewedRaw = #"\.raw\((\w+\.(render|renderSized|legend)\(\)\.markup|Sparkline\(|tableRows\)|chartMarkup\)|SafeMarkdown\.html\(|SafeHTML\.clean\()"#

    static func violations(in source: String) throws -> [String] {
        let builders = unescapedBuilders.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let patterns = [
            // `.href(x)` but not `.type(.submit)`, `case .value(let v)` or `form.value(x)`.
            #"(?<![\w\])?])\.("# + builders + #")\((?!\s*\.|\s*(let|var) )"#,
            #"\.attribute\(named:"#,
            #"(?<![\w.])Attribute\(name:"#,
            #"\.raw\("#,
        ]
        var found: [String] = []
        for (number, line) in source.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("//") || trimmed.hasPrefix("///") { continue }
            for pattern in patterns {
                let regex = try NSRegularExpression(pattern: pattern)
                let range = NSRange(line.startIndex..., in: line)
                for match in regex.matches(in: line, range: range) {
                    let hit = String(line[Range(match.range, in: line)!])
                    if hit.hasPrefix(".raw("), line.range(of: reviewedRaw, options: .regularExpression) != nil { continue }
                    found.append("line \(number + 1): \(trimmed)")
                }
            }
        }
        return found
    }

    @Test func pagesWriteAttributesOnlyThroughTheEscapingKit() throws {
        // setup
        let files = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && $0.lastPathComponent != "HTMLEscaping.swift" }
            .filter { !$0.path.contains("/Sources/Charts/") }
        #expect(files.count > 200)

        var problems: [String] = []
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            guard source.contains("import Plot") else { continue }
            // act
            problems += try Self.violations(in: source).map { "\(file.lastPathComponent) \($0)" }
        }

        // check
        #expect(problems.isEmpty, "use .attr(name, value) from HTMLEscaping.swift:\n\(problems.joined(separator: "\n"))")
    }

    @Test func theScanCatchesPlotsBuilders() throws {
        #expect(try Self.violations(in: #".a(.href(url), .class("x"))"#).count == 2)
        #expect(try Self.violations(in: #".meta(.content(description))"#).count == 1)
        #expect(try Self.violations(in: #".attribute(named: "role", value: role)"#).count == 1)
        #expect(try Self.violations(in: #"[Attribute(name: "value", value: v)]"#).count == 1)
        #expect(try Self.violations(in: #".td(.raw(userText))"#).count == 1)
        #expect(try Self.violations(in: #".raw(chart.render().markup), .input(.type(.search), .attr("value", q))"#).isEmpty)
        #expect(try Self.violations(in: #"if case .value(let v) = status { form.value("x") }"#).isEmpty)
        #expect(try Self.violations(in: #".raw(SafeMarkdown.html(body, options: options))"#).isEmpty)
    }
}
