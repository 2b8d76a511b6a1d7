import Foundation
import PlannenDomain
import Testing

/// The export writes what the import reads: parse(export(plan)) == plan, and exporting again gives the same bytes.
@Suite("CSV export")
struct CSVExportTests {
    func tricky() throws -> Plan {
        try Plan(code: "mjp", items: [
            PlanItem(level: .beleidsdoelstelling, code: "BD2", title: "=HYPERLINK(\"https://kwaad.example\")",
                     description: "Regel één;\nregel \"twee\"", prioritair: true, beleidsveld: "02",
                     verantwoordelijke: "'s-Gravenwezel", dienst: "-Dienst-", start: day("2026-01-01"),
                     end: day("2031-12-31")),
            PlanItem(level: .actieplan, code: "AP10", parentCode: "BD2", title: "@Plan", beleidsveld: "0200", progress: 12.5),
            PlanItem(level: .actie, code: "AC2", parentCode: "AP10", title: "-5", status: "vertraagd", progress: 33.3,
                     weight: 1.5),
            PlanItem(level: .actie, code: "AC1", parentCode: "AP10", title: "+ Fietsstraat", description: "'=al beschermd"),
            PlanItem(level: .beleidsdoelstelling, code: "BD1", title: "Gewoon"),
        ], budget: [
            line("AC2", 2027, .investering, .uitgave, .krediet, "-1250000.5"),
            line("AC1", 2026, .exploitatie, .ontvangst, .raming, "0.01"),
            line("AC2", 2026, .investering, .uitgave, .raming, "999999999999.99"),
        ])
    }

    @Test func theRoundTripIsExactAndStable() throws {
        let plan = try tricky()
        let planText = PlanCSVExporter.planText(plan), budgetText = PlanCSVExporter.budgetText(plan)
        let again = try PlanCSVExporter.parse(planText: planText, budgetText: budgetText, planCode: "mjp").get()
        #expect(again == plan)
        #expect(PlanCSVExporter.planText(again).utf8.elementsEqual(planText.utf8))
        #expect(PlanCSVExporter.budgetText(again).utf8.elementsEqual(budgetText.utf8))
    }

    @Test func theLayoutIsFixed() throws {
        let plan = try tricky()
        // Byte order mark, header, items depth-first with children by code, CRLF after every row.
        #expect(PlanCSVExporter.planText(plan) == "\u{FEFF}"
            + "niveau;code;oudercode;titel;omschrijving;prioritair;beleidsveld;verantwoordelijke;dienst;start;einde;status;voortgang;gewicht\r\n"
            + "beleidsdoelstelling;BD1;;Gewoon;;nee;;;;;;;;\r\n"
            + "beleidsdoelstelling;BD2;;\"'=HYPERLINK(\"\"https://kwaad.example\"\")\";\"Regel één;\nregel \"\"twee\"\"\";ja;02;'s-Gravenwezel;'-Dienst-;2026-01-01;2031-12-31;;;\r\n"
            + "actieplan;AP10;BD2;'@Plan;;nee;0200;;;;;;12,5;\r\n"
            + "actie;AC1;AP10;'+ Fietsstraat;''=al beschermd;nee;;;;;;;;\r\n"
            + "actie;AC2;AP10;-5;;nee;;;;;;vertraagd;33,3;1,5\r\n")
        #expect(PlanCSVExporter.budgetText(plan) == "\u{FEFF}"
            + "actie;jaar;soort;richting;fase;bedrag\r\n"
            + "AC1;2026;exploitatie;ontvangst;raming;0,01\r\n"
            + "AC2;2026;investering;uitgave;raming;999999999999,99\r\n"
            + "AC2;2027;investering;uitgave;krediet;-1250000,5\r\n")
    }

    @Test func theFormulaGuardUndoesItself() {
        for text in ["=1+1", "+32 475", "-tekst", "@SUM(A1)", "\tTab", "'=al", "''=twee", "'s-Gravenwezel", "-5", "+3,5",
                     "gewoon", "", "'"] {
            #expect(FormulaGuard.unprotect(FormulaGuard.protect(text)) == text, "\(text)")
        }
        #expect(FormulaGuard.protect("=1+1") == "'=1+1")
        #expect(FormulaGuard.protect("\rX") == "'\rX")
        // Plain numbers are left alone.
        #expect(FormulaGuard.protect("-5") == "-5")
        #expect(FormulaGuard.protect("-1.234,5") == "'-1.234,5")
        // A typed guard on import is removed too, so =SUM is read as text.
        #expect(FormulaGuard.unprotect("'=SUM(A1)") == "=SUM(A1)")
    }

    @Test func theReaderHandlesQuotesLineEndsAndTheByteOrderMark() {
        #expect(PlanCSVRows.rows("\u{FEFF}a;\"b;c\"\r\n\"d\"\"e\";\"f\ng\"\nh;") == [["a", "b;c"], ["d\"e", "f\ng"], ["h", ""]])
        #expect(PlanCSVRows.rows("") == [])
    }
}
