import Foundation
import KennisDomain
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The news feed as Atom (RFC 4287), read back with Foundation's XML parser.
@Suite("Atom feed")
struct AtomFeedTests {
    func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    func feed(entries: [AtomEntry]? = nil, language: String = "nl") -> AtomFeed {
        AtomFeed(
            id: "https://stadsbeeld.be/kennis/feed.xml", title: "Kennis & nieuws <Stadsbeeld>",
            subtitle: "Goede praktijken van de centrumsteden",
            selfURL: "https://stadsbeeld.be/kennis/feed.xml?taal=nl&x=1",
            alternateURL: "https://stadsbeeld.be/kennis", updated: utc("2025-03-14T13:05:09Z"), language: language,
            entries: entries ?? [
                AtomEntry(
                    id: "tag:stadsbeeld.be,2025:kennis/42", title: "Groenplan \"Gent\" & <Leuven>",
                    summary: "Twee steden, één aanpak\u{0}\u{1B} voor\u{FFFE} hitte.",
                    contentHTML: "<p>Zie <a href=\"/kennis/42\">de fiche</a> &amp; meer.</p>",
                    url: "https://stadsbeeld.be/kennis/42?a=1&b=2", updated: utc("2025-03-10T08:00:00Z"),
                    published: utc("2025-03-01T07:30:00Z"), author: "Kenniscentrum Vlaamse Steden",
                    categories: ["klimaat", "groen & water"]),
                AtomEntry(
                    id: "tag:stadsbeeld.be,2025:kennis/43", title: "Tweede", summary: "Kort.",
                    url: "https://stadsbeeld.be/kennis/43",
                    updated: utc("2025-02-01T00:00:00Z"), published: utc("2025-02-01T00:00:00Z"), author: "Stad Brugge"),
            ])
    }

    @Test func parsesAndKeepsEveryField() throws {
        let xml = feed().xml()
        let document = try #require(ParsedXML(xml))
        #expect(document.root?.name == "feed")
        #expect(document.root?.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(document.root?.attributes["xml:lang"] == "nl")
        #expect(document.text(at: ["feed", "title"]) == ["Kennis & nieuws <Stadsbeeld>"])
        #expect(document.text(at: ["feed", "subtitle"]) == ["Goede praktijken van de centrumsteden"])
        #expect(document.text(at: ["feed", "updated"]) == ["2025-03-14T13:05:09Z"])
        #expect(document.text(at: ["feed", "author", "name"]) == ["Kenniscentrum Vlaamse Steden"])
        let links = document.elements(at: ["feed", "link"])
        #expect(links.map { $0.attributes["rel"] } == ["self", "alternate"])
        #expect(links.first?.attributes["href"] == "https://stadsbeeld.be/kennis/feed.xml?taal=nl&x=1")
        #expect(links.first?.attributes["type"] == "application/atom+xml")

        #expect(document.elements(at: ["feed", "entry"]).count == 2)
        #expect(document.text(at: ["feed", "entry", "title"]) == ["Groenplan \"Gent\" & <Leuven>", "Tweede"])
        #expect(
            document.text(at: ["feed", "entry", "id"]) == [
                "tag:stadsbeeld.be,2025:kennis/42", "tag:stadsbeeld.be,2025:kennis/43",
            ])
        #expect(document.text(at: ["feed", "entry", "published"]) == ["2025-03-01T07:30:00Z", "2025-02-01T00:00:00Z"])
        #expect(document.text(at: ["feed", "entry", "updated"]) == ["2025-03-10T08:00:00Z", "2025-02-01T00:00:00Z"])
        #expect(
            document.text(at: ["feed", "entry", "author", "name"]) == ["Kenniscentrum Vlaamse Steden", "Stad Brugge"])
        #expect(
            document.elements(at: ["feed", "entry", "link"]).first?.attributes["href"]
                == "https://stadsbeeld.be/kennis/42?a=1&b=2")
        #expect(
            document.elements(at: ["feed", "entry", "category"]).map { $0.attributes["term"] } == [
                "klimaat", "groen & water",
            ])
        // The HTML body comes back exactly, to be read as HTML by the feed reader.
        #expect(
            document.text(at: ["feed", "entry", "content"]) == [
                "<p>Zie <a href=\"/kennis/42\">de fiche</a> &amp; meer.</p>"
            ])
        #expect(document.elements(at: ["feed", "entry", "content"]).first?.attributes["type"] == "html")
    }

    @Test func charactersXMLDoesNotAllowAreDropped() throws {
        let xml = feed().xml()
        #expect(!xml.unicodeScalars.contains { $0.value == 0 || $0.value == 0x1B || $0.value == 0xFFFE })
        let document = try #require(ParsedXML(xml))
        #expect(document.text(at: ["feed", "entry", "summary"]) == ["Twee steden, één aanpak voor hitte.", "Kort."])
    }

    @Test func theLanguageIsWritten() throws {
        let document = try #require(ParsedXML(feed(language: "en").xml()))
        #expect(document.root?.attributes["xml:lang"] == "en")
    }

    @Test func anEmptyFeedIsStillValid() throws {
        let document = try #require(ParsedXML(feed(entries: []).xml()))
        #expect(document.elements(at: ["feed", "entry"]).isEmpty)
        #expect(document.text(at: ["feed", "id"]) == ["https://stadsbeeld.be/kennis/feed.xml"])
    }

    @Test func fractionsOfSecondsAreDropped() {
        var entry = feed().entries[1]
        entry.updated = utc("2025-02-01T00:00:00Z").addingTimeInterval(59.999)
        let xml = feed(entries: [entry]).xml()
        #expect(xml.contains("<updated>2025-02-01T00:00:59Z</updated>"))
    }
}

/// A small tree of the parsed document, built with `XMLParser`.
final class ParsedXML: NSObject, XMLParserDelegate {
    final class Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        var children: [Element] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
    }

    private(set) var root: Element?
    private var stack: [Element] = []

    /// `nil` when the XML does not parse.
    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func elements(at path: [String]) -> [Element] {
        guard let root, root.name == path.first else { return [] }
        var current = [root]
        for name in path.dropFirst() {
            current = current.flatMap { $0.children.filter { $0.name == name } }
        }
        return current
    }

    func text(at path: [String]) -> [String] {
        elements(at: path).map(\.text)
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let element = Element(name: elementName, attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
