@testable import Platform
import Foundation
import Plot
import SnapshotTesting
import Testing

/// Renders the page built for each language, compares both with their snapshots and checks the words: no raw
/// key, the Dutch title, the language of each document, and Dutch words that must not remain on the English page.
func check(_ name: String, title: String, notInEnglish: [String], _ build: (SiteLanguage) -> Page,
           fileID: StaticString = #fileID, filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column) {
    let record: SnapshotTestingConfiguration.Record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" ? .all : .missing
    let dutch = build(.nl).document().render()
    let english = build(.en).document().render()
    let location = SourceLocation(fileID: "\(fileID)", filePath: "\(filePath)", line: Int(line), column: Int(column))
    withSnapshotTesting(record: record) {
        // One tag a line, so a changed page shows as a readable diff.
        assertSnapshot(of: dutch.replacingOccurrences(of: "><", with: ">\n<"), as: .lines, named: "\(name)-nl",
                       fileID: fileID, file: filePath, testName: "page", line: line, column: column)
        assertSnapshot(of: english.replacingOccurrences(of: "><", with: ">\n<"), as: .lines, named: "\(name)-en",
                       fileID: fileID, file: filePath, testName: "page", line: line, column: column)
    }
    #expect(!dutch.contains("⟦"), "\(name): a key is missing in Dutch", sourceLocation: location)
    #expect(!english.contains("⟦"), "\(name): a key is missing in English", sourceLocation: location)
    #expect(dutch.contains("<h1>\(title)</h1>"), "\(name): the Dutch title changed", sourceLocation: location)
    #expect(dutch.contains("<html lang=\"nl\">"), sourceLocation: location)
    #expect(english.contains("<html lang=\"en\">"), sourceLocation: location)
    for word in notInEnglish {
        #expect(dutch.contains(word), "\(name): '\(word)' is not on the Dutch page, so the check says nothing", sourceLocation: location)
        #expect(!english.contains(word), "\(name): '\(word)' is still on the English page", sourceLocation: location)
    }
}
