import DienstenDomain
import Foundation
import Testing

/// Plates: Belgian formats with separators and case ignored, other countries kept as given, bad text refused with
/// the reason.
@Suite("Parkeren plates")
struct ParkerenPlateTests {
    @Test func theCurrentBelgianFormatIgnoresSeparatorsAndCase() throws {
        for text in ["1-ABC-123", "1abc123", " 1 abc 123 ", "1.ABC.123", "1·abc-123"] {
            let plate = try LicencePlate(text)
            #expect(plate.characters == "1ABC123", "\(text)")
            #expect(plate.format == .current)
            #expect(plate.key == "BE:1ABC123")
            #expect(plate.display == "1-ABC-123")
        }
        #expect(try LicencePlate("2-xyz-009").format == .current)
    }

    @Test func olderBelgianFormats() throws {
        let lettersFirst = try LicencePlate("abc-123")
        #expect(lettersFirst.format == .lettersFirst)
        #expect(lettersFirst.display == "ABC-123")
        let digitsFirst = try LicencePlate("123 abc")
        #expect(digitsFirst.format == .digitsFirst)
        #expect(digitsFirst.display == "123-ABC")
    }

    @Test func tradeTemporarySpecialAndPersonalisedPlates() throws {
        #expect(try LicencePlate("Z-ABC-123").format == .trade)   // dealer
        #expect(try LicencePlate("y-abc-001").format == .trade)   // road test
        #expect(try LicencePlate("V-AAA-999").format == .trade)   // professional
        #expect(try LicencePlate("U-ABC-123").format == .temporary)
        #expect(try LicencePlate("M-ABC-123").format == .specialSeries)
        #expect(try LicencePlate("JAN 1").format == .personalised)
        #expect(try LicencePlate("mybike").characters == "MYBIKE")
    }

    @Test func otherCountriesAreKeptAsGivenInUpperCase() throws {
        let dutch = try LicencePlate("xx-99-zz", country: "nl")
        #expect(dutch.country == "NL")
        #expect(dutch.characters == "XX99ZZ")
        #expect(dutch.format == nil)
        #expect(dutch.key == "NL:XX99ZZ")
        // the road sign is turned into the ISO code
        #expect(try LicencePlate("AB-123-CD", country: "F").key == "FR:AB123CD")
        #expect(try LicencePlate("1-ABC-123", country: "B").key == "BE:1ABC123")
        // a foreign plate need not match a Belgian format (digits only is fine in Germany's neighbour's eyes)
        #expect(try LicencePlate("123456", country: "LU").characters == "123456")
    }

    @Test func aTextThatIsNotAPlateIsATypedErrorWithItsReason() {
        #expect(throws: PlateError.empty) { try LicencePlate(" - . ") }
        #expect(throws: PlateError.invalidCharacter("!", position: 1)) { try LicencePlate("1!ABC123") }
        #expect(throws: PlateError.invalidCharacter("é", position: 2)) { try LicencePlate("ABé123") }
        #expect(throws: PlateError.invalidCharacter("ß", position: 0)) { try LicencePlate("ß") }
        // digits only, and a zero index, fit no Belgian format
        #expect(throws: PlateError.notABelgianFormat("123456")) { try LicencePlate("123-456") }
        #expect(throws: PlateError.notABelgianFormat("0ABC123")) { try LicencePlate("0-ABC-123") }
        // nine characters are more than a personalised plate holds
        #expect(throws: PlateError.notABelgianFormat("ABCDEFGHI")) { try LicencePlate("ABCDEFGHI") }
        #expect(throws: PlateError.tooLong(length: 11, maximum: 10)) { try LicencePlate("ABCDEFGHIJK", country: "DE") }
        #expect(throws: PlateError.invalidCountry("12")) { try LicencePlate("1-ABC-123", country: "12") }
        #expect(throws: PlateError.invalidCountry("XYZW")) { try LicencePlate("1-ABC-123", country: "XYZW") }
        #expect(PlateError.invalidCharacter("!", position: 1).description.contains("character 2"))
    }
}

extension ParkerenPlateTests {
    @Test func aStoredPlateIsCheckedAgainWhenRead() throws {
        let plate = try LicencePlate("1-abc-123")
        let json = try JSONEncoder().encode(plate)
        #expect(String(decoding: json, as: UTF8.self).contains(#""characters":"1ABC123""#))
        #expect(try JSONDecoder().decode(LicencePlate.self, from: json) == plate)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(LicencePlate.self, from: Data(#"{"country": "BE", "characters": "123456"}"#.utf8))
        }
    }
}
