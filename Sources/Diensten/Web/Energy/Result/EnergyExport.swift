import DienstenDomain
import Foundation
import Tabular

/// The CSV exports of a building's year, written for Excel as Flanders has it set up: `;` between fields, a decimal
/// comma, no thousands separator, UTF-8 with a byte-order mark (so Excel reads é and €), CRLF line ends; a text that
/// starts like a formula gets a leading ' so Excel does not run it. The headers are in the page's language.
struct EnergyExport {
    let words: EnergyWords

    static let byteOrderMark = "\u{FEFF}"

    func line(_ fields: [String]) -> String { CSVText.line(fields, separator: ";") + "\r\n" }

    func apartments(_ result: SharingYearResult, apartments: [EnergyApartment]) -> String {
        let t = words.t
        var text = Self.byteOrderMark + line([
            t["energy.col.apartment"], "EAN", t["energy.csv.share"], t["energy.csv.offtake"], t["energy.csv.shared"],
            t["energy.csv.selfSufficiency"], t["energy.csv.selfConsumption"], t["energy.csv.savings"],
        ])
        for (index, participant) in result.participants.enumerated() {
            let apartment = apartments.indices.contains(index) ? apartments[index] : EnergyApartment(label: String(index + 1), ean: "", share: 0)
            text += line([
                apartment.label, apartment.ean, EnergyNumber.csv(apartment.share * 100, decimals: 4),
                EnergyNumber.csv(participant.offtake, decimals: 3), EnergyNumber.csv(participant.shared, decimals: 3),
                EnergyNumber.csv(participant.selfSufficiency * 100, decimals: 2), EnergyNumber.csv(participant.selfConsumption * 100, decimals: 2),
                EnergyNumber.csv(participant.savings, decimals: 2),
            ])
        }
        return text
    }

    func months(_ result: SharingYearResult) -> String {
        let t = words.t
        var text = Self.byteOrderMark + line([
            t["energy.csv.year"], t["energy.csv.month"], t["energy.csv.offtake"], t["energy.csv.shared"], t["energy.csv.fromGrid"],
            t["energy.csv.selfSufficiency"],
        ])
        for month in result.months {
            text += line([
                String(month.year), String(month.month), EnergyNumber.csv(month.offtake, decimals: 3), EnergyNumber.csv(month.shared, decimals: 3),
                EnergyNumber.csv(month.offtake - month.shared, decimals: 3),
                EnergyNumber.csv(month.offtake > 0 ? month.shared / month.offtake * 100 : 0, decimals: 2),
            ])
        }
        return text
    }
}
