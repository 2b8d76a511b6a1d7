import Foundation
import KennisDomain
import Platform
import Tabular

/// The registrations of an event as CSV for a spreadsheet: UTF-8 with a byte-order mark, `;` between fields, every
/// field formula-safe (a name like `=HYPERLINK(…)` stays text).
enum RegistrationsExport {
    static let header = ["naam", "organisatie", "e-mail", "status", "ingeschreven_op"]

    static func csv(_ registrations: [StoredRegistration]) -> String {
        var lines = [CSVText.line(header, separator: ";")]
        for registration in registrations {
            lines.append(CSVText.line([registration.name, registration.organisation, registration.email, registration.status.rawValue,
                                       RegistrationsPageModel.moment(registration.createdAt)], separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func fileName(_ event: StoredKnowledge) -> String { "inschrijvingen-\(event.slug).csv" }
}
