import Foundation

/// Why a text is not a licence plate.
public enum PlateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing left once spaces and separators are removed.
    case empty
    /// A character that is neither a letter A–Z, a digit nor a separator (space, hyphen, dot, middle dot, slash).
    case invalidCharacter(Character, position: Int)
    /// Longer than any plate of the country allows.
    case tooLong(length: Int, maximum: Int)
    /// A Belgian plate that matches none of the Belgian formats.
    case notABelgianFormat(String)
    /// The country code is not two or three letters.
    case invalidCountry(String)

    public var description: String {
        switch self {
        case .empty: "the plate is empty"
        case let .invalidCharacter(character, position): "character \(position + 1) (\"\(character)\") is not a letter, a digit or a separator"
        case let .tooLong(length, maximum): "the plate has \(length) letters and digits, at most \(maximum) are allowed"
        case let .notABelgianFormat(text): "\"\(text)\" matches no Belgian plate format (1-ABC-123, ABC-123, 123-ABC, trade, temporary or personalised)"
        case let .invalidCountry(code): "\"\(code)\" is not a country code (two letters such as BE, NL, FR, or the road sign B, D, F, L)"
        }
    }
}

/// The Belgian plate formats this register recognises.
public enum BelgianPlateFormat: String, Codable, Sendable, CaseIterable {
    /// Since November 2010: an index digit, three letters, three digits (1-ABC-123, 2-ABC-123).
    case current
    /// The 2010 layout with a letter index for a special series other than trade or temporary (M-ABC-123 …).
    case specialSeries
    /// Trade plates of the 2010 layout: index Z (dealer), Y (road test) or V (professional).
    case trade
    /// Temporary plates of the 2010 layout: index U (the 'national' plate for a few weeks).
    case temporary
    /// 1973–2008: three letters and three digits (ABC-123).
    case lettersFirst
    /// 2008–2010: three digits and three letters (123-ABC).
    case digitsFirst
    /// A personalised plate: two to eight letters and digits with at least one letter, matching no other format.
    case personalised
}

/// A licence plate as the register keys it: a country and the plate's letters and digits in upper case, without
/// separators. Belgian plates are checked against the Belgian formats; plates of other countries are kept as given
/// (upper-cased, separators removed) because their formats are not this register's to judge.
public struct LicencePlate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// ISO 3166 alpha-2 code of the issuing country, upper case ("BE", "NL", "FR").
    public let country: String
    /// The letters and digits, upper case, no separators ("1ABC123").
    public let characters: String
    /// The Belgian format the plate matches; `nil` for plates of other countries.
    public let format: BelgianPlateFormat?

    /// The longest plate kept for another country (letters and digits only).
    public static let maximumForeignLength = 10

    /// Normalises and checks a plate. `country` may be an ISO code ("BE", "be") or the international road sign
    /// ("B", "D", "F", "L", "NL"); it defaults to Belgium.
    public init(_ text: String, country: String = "BE") throws(PlateError) {
        let countryCode = try Self.normaliseCountry(country)
        let characters = try Self.normaliseCharacters(text)
        self.country = countryCode
        self.characters = characters
        if countryCode == "BE" {
            guard let format = Self.belgianFormat(of: characters) else { throw .notABelgianFormat(characters) }
            self.format = format
        } else {
            guard characters.count <= Self.maximumForeignLength else {
                throw .tooLong(length: characters.count, maximum: Self.maximumForeignLength)
            }
            self.format = nil
        }
    }

    /// The key the rights index uses: country and characters, e.g. "BE:1ABC123".
    public var key: String { "\(country):\(characters)" }

    /// The plate written as it appears on a Belgian plate (1-ABC-123, ABC-123, 123-ABC); other plates as stored.
    public var display: String {
        let chars = Array(characters)
        switch format {
        case .current, .specialSeries, .trade, .temporary:
            return "\(chars[0])-\(String(chars[1...3]))-\(String(chars[4...6]))"
        case .lettersFirst, .digitsFirst:
            return "\(String(chars[0...2]))-\(String(chars[3...5]))"
        case .personalised, nil:
            return characters
        }
    }

    public var description: String { country == "BE" ? display : "\(display) (\(country))" }

    // MARK: normalising

    static let separators: Set<Character> = [" ", "-", ".", "·", "/", "_", "\t"]

    static func normaliseCharacters(_ text: String) throws(PlateError) -> String {
        var out = ""
        for (position, character) in text.enumerated() {
            if separators.contains(character) { continue }
            guard character.isASCII, character.isLetter || character.isNumber else {
                throw .invalidCharacter(character, position: position)
            }
            out += character.uppercased()
        }
        guard !out.isEmpty else { throw .empty }
        return out
    }

    /// Road signs of the EU and neighbouring countries that differ from their ISO code.
    static let roadSigns: [String: String] = [
        "B": "BE", "D": "DE", "F": "FR", "L": "LU", "I": "IT", "E": "ES", "A": "AT", "P": "PT", "S": "SE",
        "H": "HU", "M": "MT", "IRL": "IE", "FIN": "FI", "EST": "EE", "LT": "LT", "LV": "LV", "CZ": "CZ",
        "SK": "SK", "SLO": "SI", "HR": "HR", "GR": "GR", "CY": "CY", "PL": "PL", "RO": "RO", "BG": "BG",
        "DK": "DK", "NL": "NL", "GB": "GB", "UK": "GB", "CH": "CH", "N": "NO",
    ]

    static func normaliseCountry(_ text: String) throws(PlateError) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard (1...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else { throw .invalidCountry(text) }
        if let iso = roadSigns[code] { return iso }
        guard code.count == 2 else { throw .invalidCountry(text) }
        return code
    }

    /// The Belgian format of normalised characters, or `nil` when none fits.
    static func belgianFormat(of characters: String) -> BelgianPlateFormat? {
        let chars = Array(characters)
        func letters(_ range: ClosedRange<Int>) -> Bool { range.allSatisfy { chars[$0].isLetter } }
        func digits(_ range: ClosedRange<Int>) -> Bool { range.allSatisfy { chars[$0].isNumber } }
        if chars.count == 7, letters(1...3), digits(4...6) {
            let index = chars[0]
            if index.isNumber { return index == "0" ? nil : .current }
            switch index {
            case "Z", "Y", "V": return .trade
            case "U": return .temporary
            default: return .specialSeries
            }
        }
        if chars.count == 6, letters(0...2), digits(3...5) { return .lettersFirst }
        if chars.count == 6, digits(0...2), letters(3...5) { return .digitsFirst }
        if (2...8).contains(chars.count), chars.contains(where: \.isLetter) { return .personalised }
        return nil
    }
}

extension LicencePlate {
    enum CodingKeys: String, CodingKey { case country, characters }

    /// Read from `{"country": "BE", "characters": "1ABC123"}` and checked again, so stored data cannot smuggle in a
    /// plate the register would refuse.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let country = try container.decode(String.self, forKey: .country)
        let characters = try container.decode(String.self, forKey: .characters)
        do { try self.init(characters, country: country) } catch {
            throw DecodingError.dataCorruptedError(forKey: .characters, in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(country, forKey: .country)
        try container.encode(characters, forKey: .characters)
    }
}
