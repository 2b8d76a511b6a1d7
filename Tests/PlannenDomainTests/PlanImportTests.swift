import Foundation
import PlannenDomain
import Testing

/// plan.csv and budget.csv: flexible headers, every problem located by file, spreadsheet row and column.
@Suite("CSV import")
struct PlanImportTests {
    let header = ["niveau", "code", "oudercode", "titel", "omschrijving", "prioritair", "beleidsveld",
                  "verantwoordelijke", "dienst", "start", "einde", "status", "voortgang", "gewicht"]

    func parse(_ plan: [[String]], budget: [[String]]? = nil) -> Result<Plan, ImportProblems> {
        PlanCSVImporter.parse(plan: CSVFile(name: "plan.csv", rows: plan),
                              budget: budget.map { CSVFile(name: "budget.csv", rows: $0) }, planCode: "mjp-test")
    }

    @Test func readsColumnsInAnyOrderWithLabelsAndFormats() throws {
        let result = parse([
            [" Titel", "CODE", "Niveau", "oudercode", "Voortgang", "Prioritair", "Status", "start", "einde", "gewicht"],
            ["Bereikbare stad", "BD000007", "Beleidsdoelstelling", "", "", "ja", "", "01/01/2026", "31-12-2031", ""],
            ["Fietsnetwerk", "AP000012", "actieplan", "BD000007", "", "x", "", "", "", ""],
            ["Fietsstraten", "AC000101", "Actie", "AP000012", "45,5 %", "", "Op schema", "2026-03-01", "", "2"],
            ["", "", "", "", "", "", "", "", "", ""],
            ["Schoolstraten", "AC000102", "action", "AP000012", "100", "nee", "Gerealiseerd", "", "", "0,5"],
        ], budget: [
            ["Bedrag", "actie", "jaar", "soort", "richting", "fase"],
            ["1.250.000,50", "AC000101", "2026", "Investering", "uitgaven", "krediet"],
            ["-2 500", "AC000101", "2027", "exploitatie", "ontvangst", "rekening"],
        ])
        let plan = try result.get()
        #expect(plan.code == "mjp-test")
        #expect(plan.items.map(\.code) == ["BD000007", "AP000012", "AC000101", "AC000102"])
        let action = try #require(plan.tree.item("AC000101"))
        #expect(action.level == .actie)
        #expect(action.progress == 45.5)
        #expect(action.status == "op-schema")
        #expect(action.weight == 2)
        #expect(action.start?.iso == "2026-03-01")
        #expect(action.prioritair == false)
        #expect(plan.tree.item("BD000007")?.end?.iso == "2031-12-31")
        #expect(plan.tree.item("AP000012")?.prioritair == true)
        #expect(plan.tree.item("AC000102")?.weight == 0.5)
        #expect(plan.budget.map(\.amount) == [Decimal(string: "1250000.5"), -2500])
        #expect(plan.budget.first?.soort == .investering)
        #expect(plan.budget.last?.richting == .ontvangst)
    }

    @Test func everyPlanProblemIsLocated() {
        let result = parse([
            header + ["kleur", "Titel"],
            ["beleidsdoelstelling", "BD1", "", "Bereikbaar", "", "misschien", "12345", "", "", "2026-02-30", "", "", "", ""],
            ["actieplan", "AP1", "BD1", "Fietsen", "", "", "0200", "", "", "2027-01-01", "2026-01-01", "afgewerkt", "120", "0"],
            ["taak", "AC1", "AP1", "Iets", "", "", "", "", "", "", "", "", "veel", "-1"],
            ["actie", "", "AP1", "", "", "", "", "", "", "", "", "", "", ""],
            ["actie", "AC2", "AP9", "Wees", "", "", "", "", "", "", "", "", "", ""],
            ["actie", "AC3", "BD1", "Te hoog", "", "", "", "", "", "", "", "", "", ""],
            ["actieplan", "AP1", "BD1", "Fietsen anders", "", "", "", "", "", "", "", "", "", ""],
            ["actieplan", "AP1", "BD2", "Fietsen", "", "", "", "", "", "", "", "", "", ""],
        ])
        #expect(problemTexts(result) == [
            "plan.csv, rij 1, kolom kleur: onbekende kolom 'kleur'; bekende kolommen zijn niveau, code, oudercode, titel, omschrijving, prioritair, beleidsveld, verantwoordelijke, dienst, start, einde, status, voortgang, gewicht",
            "plan.csv, rij 1, kolom titel: kolom 'titel' staat er twee keer",
            "plan.csv, rij 2, kolom beleidsveld: '12345' is geen BBC-code: 2 cijfers (domein), 3 (subdomein) of 4 (beleidsveld)",
            "plan.csv, rij 2, kolom start: '2026-02-30' is geen datum (schrijf 2026-03-31, 31-03-2026 of 31/03/2026)",
            "plan.csv, rij 2, kolom prioritair: 'misschien' is geen ja of nee (gebruik ja, nee, 1, 0 of x)",
            "plan.csv, rij 3, kolom einde: einde 2026-01-01 ligt vóór start 2027-01-01",
            "plan.csv, rij 3, kolom status: onbekende status 'afgewerkt'; kies niet-gestart, gestart, op-schema, vertraagd, uitgesteld, stopgezet, gerealiseerd",
            "plan.csv, rij 3, kolom voortgang: '120' ligt niet tussen 0 en 100",
            "plan.csv, rij 3, kolom gewicht: een gewicht is groter dan 0",
            "plan.csv, rij 4, kolom niveau: onbekend niveau 'taak'; kies strategische doelstelling, beleidsdoelstelling, actieplan of actie",
            "plan.csv, rij 4, kolom voortgang: 'veel' is geen getal",
            "plan.csv, rij 4, kolom gewicht: een gewicht is groter dan 0",
            "plan.csv, rij 5, kolom code: code ontbreekt",
            "plan.csv, rij 5, kolom titel: titel ontbreekt",
            "plan.csv, rij 6, kolom oudercode: oudercode 'AP9' bestaat niet in dit plan",
            "plan.csv, rij 7, kolom niveau: een actie hoort onder een actieplan, niet onder een beleidsdoelstelling",
            "plan.csv, rij 8, kolom titel: code 'AP1' staat al op rij 3 met titel 'Fietsen'",
            "plan.csv, rij 9, kolom oudercode: code 'AP1' staat al op rij 3 onder 'BD1'",
        ])
    }

    @Test func aRowRepeatedExactlyIsHarmlessButOtherDifferencesAreNot() throws {
        let row = ["actie", "AC1", "AP1", "Fietsen", "", "", "", "", "", "", "", "", "20", ""]
        let plan = try parse([header, ["beleidsdoelstelling", "BD1"] + Array(repeating: "", count: 1) + ["B"] + Array(repeating: "", count: 10),
                              ["actieplan", "AP1", "BD1", "A"] + Array(repeating: "", count: 10), row, row]).get()
        #expect(plan.items.count == 3)
        var other = row
        other[12] = "30"
        let result = parse([header, ["beleidsdoelstelling", "BD1", "", "B"], ["actieplan", "AP1", "BD1", "A"], row, other])
        #expect(problemTexts(result) == ["plan.csv, rij 5, kolom voortgang: code 'AC1' staat al op rij 4 met een andere waarde"])
    }

    @Test func aMissingRequiredColumnStopsEarly() {
        let result = parse([["niveau", "titel"], ["actie", "Iets"]])
        #expect(problemTexts(result) == ["plan.csv, rij 1, kolom code: verplichte kolom 'code' ontbreekt"])
        #expect(problemTexts(parse([])) == ["plan.csv: het bestand is leeg; rij 1 hoort de kolomnamen te bevatten"])
    }

    @Test func cellsOutsideTheHeaderAreAProblem() {
        let result = parse([["niveau", "code", "titel", ""], ["beleidsdoelstelling", "BD1", "B", "verdwaald"],
                            ["beleidsdoelstelling", "BD2", "C", "", "nog een"]])
        #expect(problemTexts(result) == [
            "plan.csv, rij 2: waarde in een kolom zonder naam",
            "plan.csv, rij 3: waarde in een kolom zonder naam",
        ])
    }

    @Test func prioritairAcceptsTheUsualWords() throws {
        let words = ["ja", "NEE", "yes", "no", "1", "0", "x", ""]
        let rows = [["niveau", "code", "titel", "prioritair"]]
            + words.enumerated().map { ["beleidsdoelstelling", "BD\($0.offset)", "Doel", $0.element] }
        let plan = try parse(rows).get()
        #expect(plan.items.map(\.prioritair) == [true, false, true, false, true, false, true, false])
    }

    @Test func everyBudgetProblemIsLocated() {
        let plan = [["niveau", "code", "oudercode", "titel"], ["beleidsdoelstelling", "BD1", "", "B"],
                    ["actieplan", "AP1", "BD1", "A"], ["actie", "AC1", "AP1", "C"]]
        let result = parse(plan, budget: [
            ["actie", "jaar", "soort", "richting", "fase", "bedrag"],
            ["AC1", "2026", "investering", "uitgave", "krediet", "1000"],
            ["AC9", "2026", "investering", "uitgave", "krediet", "1000"],
            ["AP1", "2026", "investering", "uitgave", "krediet", "1000"],
            ["AC1", "26", "kapitaal", "uit", "offerte", "1.234"],
            ["AC1", "2026", "Investering", "Uitgave", "Krediet", "2000"],
            ["", "", "", "", "", ""],
            ["AC1", "2027", "exploitatie", "uitgave", "raming", ""],
        ])
        #expect(problemTexts(result) == [
            "budget.csv, rij 3, kolom actie: onbekende actie 'AC9'; die staat niet in het plan",
            "budget.csv, rij 4, kolom actie: 'AP1' is een actieplan, geen actie; budget hoort bij een actie",
            "budget.csv, rij 5, kolom jaar: '26' is geen jaartal",
            "budget.csv, rij 5, kolom soort: 'kapitaal' is geen soort; kies exploitatie, investering of financiering",
            "budget.csv, rij 5, kolom richting: 'uit' is geen richting; kies uitgave of ontvangst",
            "budget.csv, rij 5, kolom fase: 'offerte' is geen fase; kies raming, krediet of rekening",
            "budget.csv, rij 5, kolom bedrag: '1.234' is dubbelzinnig: schrijf het bedrag zonder duizendtallen (1234) of met een decimale komma (1,234)",
            "budget.csv, rij 6: dezelfde actie, jaar, soort, richting en fase staat al op rij 2",
            "budget.csv, rij 8, kolom bedrag: bedrag ontbreekt",
        ])
    }

    @Test func planAndBudgetProblemsComeTogether() {
        let result = parse([["niveau", "code", "titel"], ["actie", "AC1", "Wees"]],
                           budget: [["actie", "jaar", "soort", "richting", "fase"], ["AC1", "2026", "exploitatie", "uitgave", "raming"]])
        #expect(problemTexts(result) == [
            "plan.csv, rij 2, kolom oudercode: een actie kan niet bovenaan staan; geef een oudercode",
            "budget.csv, rij 1, kolom bedrag: verplichte kolom 'bedrag' ontbreekt",
        ])
    }
}
