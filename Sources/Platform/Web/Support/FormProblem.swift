import Foundation

/// What is wrong with a form field or query parameter that did not decode, in Dutch and naming the field:
/// "het veld ‘dagen’ moet een getal zijn". Used for every form and the API (through APIErrorMiddleware).
public enum FormProblem {
    public static func message(_ error: DecodingError) -> String {
        switch error {
        case let .typeMismatch(type, context):
            return "het veld ‘\(field(context.codingPath))’ \(expectation(type))"
        case let .valueNotFound(type, context):
            return "het veld ‘\(field(context.codingPath))’ is leeg, maar \(expectation(type))"
        case let .keyNotFound(key, context):
            return "het veld ‘\(field(context.codingPath + [key]))’ ontbreekt"
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return "de gegevens zijn onleesbaar: geen geldig formulier of geldige JSON" }
            return "het veld ‘\(field(context.codingPath))’ heeft een ongeldige waarde"
        @unknown default:
            return "een veld heeft een ongeldige waarde"
        }
    }

    /// The field's name as the form sends it; positions in a list (deelnemers[0]) are left out.
    public static func field(_ path: [any CodingKey]) -> String {
        let names = path.filter { $0.intValue == nil }.map(\.stringValue)
        return names.isEmpty ? "?" : names.joined(separator: ".")
    }

    public static func expectation(_ type: Any.Type) -> String {
        switch String(describing: type) {
        case "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64":
            return "moet een geheel getal zijn"
        case "Double", "Float", "Decimal":
            return "moet een getal zijn"
        case "Bool":
            return "moet ja of nee zijn (true of false)"
        case "Date":
            return "moet een datum zijn"
        case "String", "Substring":
            return "moet tekst zijn, geen lijst of groep van waarden"
        case let name where name.hasPrefix("Array") || name.hasPrefix("["):
            return "moet een lijst zijn"
        default:
            return "heeft een ongeldige waarde"
        }
    }
}
