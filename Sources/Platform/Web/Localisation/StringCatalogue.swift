import Foundation

/// One module's words in every language of the site, read from `Resources/strings/<language>.json` in the module's
/// bundle (a flat object: key → text). Dutch is the reference; English must hold the same keys (a test checks every
/// catalogue). A key that is missing renders as `⟦key⟧`, so a forgotten one shows on the page and fails the test that
/// renders every page in both languages, instead of silently falling back.
public struct StringCatalogue: Sendable {
    public let module: String
    public let texts: [SiteLanguage: [String: String]]

    public init(module: String, texts: [SiteLanguage: [String: String]]) {
        self.module = module
        self.texts = texts
    }

    /// Reads the catalogue of a module from its bundle: `strings/<language>.json` and, for a large module, its parts
    /// `strings/<language>.<part>.json` (one per page group). A key in two files, or an unreadable file, is a
    /// programming error found at start.
    public static func load(module: String, bundle: Bundle) -> StringCatalogue {
        var texts: [SiteLanguage: [String: String]] = [:]
        let directory = (bundle.url(forResource: "strings", withExtension: nil, subdirectory: "Resources")
            ?? bundle.bundleURL.appendingPathComponent("Resources/strings"))
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        for language in SiteLanguage.allCases {
            let names = files.filter { $0 == "\(language.rawValue).json" || ($0.hasPrefix("\(language.rawValue).") && $0.hasSuffix(".json")) }
            guard names.contains("\(language.rawValue).json") else {
                preconditionFailure("de vertalingen van \(module) (\(directory.path)/\(language.rawValue).json) ontbreken")
            }
            var entries: [String: String] = [:]
            for name in names {
                let url = directory.appendingPathComponent(name)
                guard let data = try? Data(contentsOf: url),
                      let part = try? JSONDecoder().decode([String: String].self, from: data)
                else { preconditionFailure("de vertalingen van \(module) (\(url.path)) zijn niet leesbaar") }
                for (key, text) in part {
                    guard entries[key] == nil else { preconditionFailure("\(module): '\(key)' staat twee keer in \(language.rawValue)") }
                    entries[key] = text
                }
            }
            texts[language] = entries
        }
        return StringCatalogue(module: module, texts: texts)
    }

    /// The text of `key` in `language`, or `⟦key⟧` when the catalogue lacks it.
    public func text(_ key: String, _ language: SiteLanguage) -> String {
        texts[language]?[key] ?? "⟦\(key)⟧"
    }

    /// Keys a language lacks or has in excess compared with Dutch, and empty texts: what the catalogue test reports.
    public var problems: [String] {
        let reference = Set(texts[.nl]?.keys.map { $0 } ?? [])
        var found: [String] = []
        for language in SiteLanguage.allCases {
            let keys = Set(texts[language]?.keys.map { $0 } ?? [])
            for key in reference.subtracting(keys).sorted() { found.append("\(module): '\(key)' ontbreekt in \(language.rawValue)") }
            for key in keys.subtracting(reference).sorted() { found.append("\(module): '\(key)' staat alleen in \(language.rawValue)") }
            for (key, text) in texts[language] ?? [:] where text.trimmingCharacters(in: .whitespaces).isEmpty {
                found.append("\(module): '\(key)' is leeg in \(language.rawValue)")
            }
        }
        return found
    }
}

/// The words of one module in the visitor's language: `strings["login.title"]`, or with values filled in for
/// `{0}`, `{1}` …: `strings("members.count", String(count))`.
public struct Strings: Sendable {
    public let catalogue: StringCatalogue
    public let language: SiteLanguage

    public init(_ catalogue: StringCatalogue, _ language: SiteLanguage) {
        self.catalogue = catalogue
        self.language = language
    }

    public subscript(_ key: String) -> String { catalogue.text(key, language) }

    public func callAsFunction(_ key: String, _ values: String...) -> String { self(key, values: values) }

    /// The text of `key` with {0}, {1} … replaced by `values`, for values gathered at run time.
    public func callAsFunction(_ key: String, values: [String]) -> String {
        var text = catalogue.text(key, language)
        for (index, value) in values.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: value)
        }
        return text
    }
}
