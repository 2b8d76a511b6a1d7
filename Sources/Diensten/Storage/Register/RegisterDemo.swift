import DienstenDomain
import Foundation
import Platform
import SQLKit
import Vapor

/// The demo data of the register part: Voorbeeldstad's register (seven activities, four published, DPIA answers,
/// three requests — one overdue, one due within the week, one closed — and one open breach) and the
/// Kenniscentrum's three templates.
enum RegisterDemo {
    static let city = "voorbeeldstad"

    static func load(into app: Application) async throws -> String? {
        let db = app.db
        let organisations = OrganisationService(database: db)
        let actor = AuditActor.commandLine
        var organisation = try await organisations.find(code: city)
        if organisation == nil {
            organisation = try await organisations.create(code: city, name: "Stad Voorbeeldstad", type: .partner, areaCode: nil, by: actor)
        }
        guard let cityID = organisation?.id, let kenniscentrum = try await organisations.find(code: "kenniscentrum")?.id else { return nil }
        let activities = RegisterActivityStore(database: db)
        if !(try await activities.list(organisationID: cityID)).isEmpty { return "Verwerkingsregister: de demo was al geladen." }
        let now = Date()
        try await RegisterSettingsStore(database: db).setDPO(name: "An Privacy", email: RegisterDemoData.dpo, organisationID: cityID, actor: actor, now: now)
        var ids: [Int] = []
        for (activity, published, yes) in RegisterDemoData.cityActivities() {
            let id = try await activities.create(activity, organisationID: cityID, userID: nil, actor: actor, now: now)
            ids.append(id)
            if published { _ = try await activities.setPublished(true, id: id, organisationID: cityID, actor: actor, now: now) }
            var answers = DPIAAnswers()
            for question in DPIAQuestion.allCases { answers[question] = yes.contains(question) ? .yes : .no }
            _ = try await activities.saveDPIA(answers, verdict: DPIACheck.assess(answers).verdict, id: id, organisationID: cityID, actor: actor, now: now)
        }
        // A second version of the newsletter: a measure added.
        var newsletter = RegisterDemoData.cityActivities()[3].0
        newsletter.securityMeasures.append("Afmelden met één klik in elke nieuwsbrief")
        _ = try await activities.save(newsletter, id: ids[3], organisationID: cityID, note: "Afmeldlink toegevoegd", expectedVersion: 1, userID: nil,
                                      actor: actor, now: now)
        let today = RegisterDay(now, in: RegisterWords.brussels)
        let requests = RegisterRequestStore(database: db)
        _ = try await requests.create(reference: "AVG-2026-001", kind: .access, received: today.adding(months: -1).previousDays(3),
                                      activityID: ids[0], summary: "Inzage in het eigen leefloondossier", organisationID: cityID, userID: nil, actor: actor, now: now)
        _ = try await requests.create(reference: "AVG-2026-002", kind: .erasure, received: today.adding(months: -1).nextDays(4), activityID: ids[3],
                                      summary: "Wissen van het e-mailadres", organisationID: cityID, userID: nil, actor: actor, now: now)
        let closed = try await requests.create(reference: "AVG-2026-003", kind: .rectification, received: today.adding(months: -2), activityID: ids[1],
                                               summary: "Adres verbeteren", organisationID: cityID, userID: nil, actor: actor, now: now)
        _ = try await requests.setStatus(.completed, id: closed, organisationID: cityID, on: today.adding(months: -2).nextDays(10),
                                         note: "Adres verbeterd en bevestigd", userID: nil, actor: actor, now: now)
        _ = try await RegisterBreachStore(database: db).create(
            BreachRecord(title: "Mail met adressenlijst naar verkeerde ontvanger",
                         facts: "Een medewerker stuurde een lijst met 40 namen en adressen van bewoners naar een verkeerd e-mailadres.",
                         effects: "Namen en adressen van 40 bewoners bij een onbevoegde.",
                         remedialAction: "De ontvanger gevraagd de mail te wissen; bevestiging ontvangen.", becameAwareAt: now.addingTimeInterval(-30 * 3_600),
                         risk: .unknown),
            organisationID: cityID, actor: actor, now: now)
        for template in RegisterDemoData.templates() {
            let id = try await activities.create(template, organisationID: kenniscentrum, isTemplate: true, userID: nil, actor: actor, now: now)
            _ = id
        }
        return "Verwerkingsregister: \(ids.count) verwerkingen van Voorbeeldstad, 3 verzoeken, 1 datalek, \(RegisterDemoData.templates().count) sjablonen."
    }

    /// Nothing in the register expires by itself: records of processing and the breach log are kept as long as the
    /// city needs them to show compliance (art. 5.2); closed requests stay as the proof of the answer.
    static func purgeExpired(_ app: Application) async throws -> Int { 0 }
}

extension RegisterDay {
    func nextDays(_ days: Int) -> RegisterDay { shifted(days) }
    func previousDays(_ days: Int) -> RegisterDay { shifted(-days) }

    private func shifted(_ days: Int) -> RegisterDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!.addingTimeInterval(TimeInterval(days) * 86_400)
        return RegisterDay(date, in: TimeZone(identifier: "UTC")!)
    }
}
