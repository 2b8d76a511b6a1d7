/// A knowledge item written as a text file: `key: value` header lines, then `=== name ===` sections.
/// The first content of the knowledge base ships in this form (`Resources/kennis/seed`), and editors may load more.
public struct SeedFile: Sendable, Hashable {
    public let content: KnowledgeContent
    /// Plain text to be attached as a PDF (a report or a practice's annex), with its title.
    public let pdf: (title: String, text: String)?

    public static func == (a: SeedFile, b: SeedFile) -> Bool {
        a.content == b.content && a.pdf?.title == b.pdf?.title && a.pdf?.text == b.pdf?.text
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(content) }

    /// A problem located by file and line.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file), regel \(line): \(message)" }
    }

    public static func parse(_ text: String, file: String) -> Result<SeedFile, Problem> {
        var header: [String: (value: String, line: Int)] = [:]
        var sections: [String: String] = [:]
        var current: String?
        var buffer: [Substring] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        func flush() {
            if let current { sections[current] = buffer.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
            buffer = []
        }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("==="), trimmed.hasSuffix("==="), trimmed.count > 6 {
                flush()
                current = String(trimmed.dropFirst(3).dropLast(3)).trimmingCharacters(in: .whitespaces)
                continue
            }
            if current != nil {
                buffer.append(line)
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(Problem(file: file, line: index + 1, message: "verwacht 'sleutel: waarde' of '=== naam ==='"))
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            header[key] = (line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), index + 1)
        }
        flush()

        func value(_ key: String) -> String? { header[key].map(\.value).flatMap { $0.isEmpty ? nil : $0 } }
        func list(_ key: String) -> [String] {
            (value(key) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func bilingualKey(_ key: String) -> Bilingual { Bilingual(nl: value(key) ?? "", en: value(key + ".en") ?? "") }
        func section(_ name: String) -> Bilingual { Bilingual(nl: sections[name] ?? "", en: sections[name + ".en"] ?? "") }
        func numbers(_ key: String) -> Result<[Int], Problem> {
            var out: [Int] = []
            for part in list(key) {
                guard let n = Int(part) else {
                    return .failure(Problem(file: file, line: header[key]?.line ?? 1, message: "'\(part)' in \(key) is geen getal"))
                }
                out.append(n)
            }
            return .success(out)
        }
        func integer(_ key: String) -> Result<Int?, Problem> {
            guard let text = value(key) else { return .success(nil) }
            guard let n = Int(text) else { return .failure(Problem(file: file, line: header[key]?.line ?? 1, message: "'\(text)' in \(key) is geen getal")) }
            return .success(n)
        }

        guard let kindText = value("type") else { return .failure(Problem(file: file, line: 1, message: "de sleutel 'type' ontbreekt")) }
        guard let kind = KnowledgeKind(rawValue: kindText) else {
            return .failure(Problem(file: file, line: header["type"]?.line ?? 1, message: "type '\(kindText)' bestaat niet"))
        }
        guard let slug = value("slug") else { return .failure(Problem(file: file, line: 1, message: "de sleutel 'slug' ontbreekt")) }
        do {
            var details = KnowledgeDetails()
            details.city = value("city")
            details.contact = value("contact")
            details.links = (value("links") ?? "").components(separatedBy: ";;").compactMap { pair in
                let parts = pair.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[1].isEmpty else { return nil }
                return KnowledgeLink(title: parts[0], url: parts[1])
            }
            details.problem = section("problem")
            details.approach = section("approach")
            details.results = section("results")
            details.costs = section("costs")
            details.publisher = value("publisher")
            details.publicationYear = try integer("year").get()
            details.authority = value("authority")
            details.suppliers = list("suppliers")
            details.lots = (value("lots") ?? "").components(separatedBy: ";;").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            details.termStart = value("term_start")
            details.termEnd = value("term_end")
            details.estimatedValue = try integer("estimated_value").get()
            details.expertHours = try integer("expert_hours").get()
            details.experts = list("experts")
            details.whoMayJoin = section("who_may_join")
            details.howToJoin = section("how_to_join")
            details.documentKind = value("document_kind")
            let versionsEN = rows(sections["versions.en"])
            details.versions = rows(sections["versions"]).enumerated().compactMap { index, row in
                guard row.count >= 3 else { return nil }
                let en = index < versionsEN.count && versionsEN[index].count >= 3 ? versionsEN[index][2] : ""
                return DocumentVersion(version: row[0], date: row[1], note: Bilingual(nl: row[2], en: en))
            }
            details.networkKind = value("network_kind")
            details.members = list("members")
            details.chair = value("chair")
            let meetingsEN = rows(sections["meetings.en"])
            details.meetings = rows(sections["meetings"]).enumerated().compactMap { index, row in
                guard row.count >= 3 else { return nil }
                let en = index < meetingsEN.count && meetingsEN[index].count >= 3 ? meetingsEN[index][2] : ""
                return NetworkMeeting(date: row[0], place: row[1], summary: Bilingual(nl: row[2], en: en))
            }
            details.starts = value("starts")
            details.ends = value("ends")
            details.place = bilingualKey("place")
            details.capacity = try integer("capacity").get()
            details.registrationUntil = value("registration_until")
            let content = KnowledgeContent(
                kind: kind, slug: slug, title: bilingualKey("title"), summary: bilingualKey("summary"), body: section("body"),
                themes: list("themes"), cities: list("cities"), maturityThemes: list("maturity"),
                workPackages: try numbers("workpackages").get(), recommendations: try numbers("recommendations").get(),
                date: value("published"), details: details)
            let pdf = sections["pdf"].flatMap { $0.isEmpty ? nil : (title: sections["pdf.title"] ?? value("pdf.title") ?? content.title.nl, text: $0) }
            return .success(SeedFile(content: content, pdf: pdf))
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(file: file, line: 1, message: "\(error)"))
        }
    }

    /// Lines of `a | b | c` cells.
    private static func rows(_ text: String?) -> [[String]] {
        (text ?? "").split(separator: "\n").map { $0.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { $0.count >= 2 }
    }
}

import Foundation
