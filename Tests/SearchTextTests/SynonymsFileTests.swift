import Foundation
import Testing

@testable import SearchText

/// The synonyms are data (`Sources/SearchText/Resources/synonyms.nl.csv`): the shipped file must parse and keep the
/// meanings the search relies on, and a broken line must be named.
@Suite struct SynonymsFileTests {
    @Test func shippedFileParsesAndStroomStillFindsElektriciteit() throws {
        // act
        let groups = try SearchSynonyms.parse(String(contentsOf: SearchSynonyms.fileURL, encoding: .utf8))
        // check
        #expect(groups.count >= 25)
        #expect(groups.contains(["stroom", "elektriciteit"]))
        #expect(groups == SearchSynonyms.groups)
        let query = SearchText.query("stroom")
        #expect(query.words.first?.synonymStems == [DutchStemmer.stem("elektriciteit")])
        #expect(SearchText.matches(term: DutchStemmer.stem("elektriciteit"), query: query))
        // And the other way round.
        #expect(SearchText.query("Elektriciteit").words.first?.synonymStems == [DutchStemmer.stem("stroom")])
    }

    @Test func formatFoldsSkipsCommentsAndNamesBadLines() throws {
        let text = "\u{FEFF}# uitleg\n\nCrèche ; Kinderopvang;\nfiets;rijwiel;fiets\n"
        #expect(try SearchSynonyms.parse(text) == [["creche", "kinderopvang"], ["fiets", "rijwiel"]])
        #expect(throws: SearchSynonyms.FileError(line: 2, reason: "'stroom' noemt geen synoniem (minstens twee woorden, gescheiden door ';')")) {
            try SearchSynonyms.parse("wijk;buurt\nstroom\n")
        }
        #expect(throws: SearchSynonyms.FileError.self) { try SearchSynonyms.parse("openbaar vervoer;ov") }
        #expect(throws: SearchSynonyms.FileError.self) { try SearchSynonyms.parse("stroom,elektriciteit") }
    }
}
