@testable import Cijfers
@testable import Diensten
@testable import Kennis
@testable import Maturiteit
@testable import Platform
@testable import Plannen
import Foundation
import Testing
import Vapor

/// Every route's pattern and its link builder agree: a link built for each route reaches that route through the
/// router, with the same parameter values — also for values with spaces, slashes, accents or `?`.
@Suite("Typed paths")
struct TypedPathTests {
    /// Values no code should trip over.
    static let odd = ["gent", "a b", "a/b", "Sint-Niklaas", "é?#;", "..", "50%", "50%41"]

    /// Examples of every route of every address enum, each value odd in its own way.
    static func examples(_ value: String) -> [(route: [PathComponent], path: String, parameters: [String: String])] {
        func entry<P: TypedPath>(_ path: P) -> ([PathComponent], String, [String: String]) { (path.pattern, path.path, path.parameters) }
        let site: [SitePath] = [.home, .search, .asset(name: value), .openAPI]
        let operations: [OperationsPath] = [.health, .ready, .metrics]
        let charts: [ChartPath] = [.svg(indicator: value, chart: value + "c"), .embed(indicator: value, chart: value)]
            + ChartPage.allCases.flatMap { [ChartPath.pageSVG($0, indicator: value), .pageEmbed($0, indicator: value + "e")] }
            + [.tileSVG, .tileEmbed, .areaSVG(level: value, code: value + "2"), .areaEmbed(level: value, code: value + "3")]
        let cijfers: [CijfersPath] = [.indicator(code: value), .area(level: value, code: value + "2"), .benchmark, .evolution, .wijkReport, .table, .dashboard]
        let api: [APIPath] = [.levels, .areas(level: value), .area(level: value, code: value), .indicators, .indicator(code: value),
                              .themes, .data, .imports, .openAPI, .catalog]
        let access: [AccessPath] = [.signIn, .signOut, .account, .accountPassword, .accountTokens, .revokeToken(id: 7),
                                    .members(organisation: value), .member(organisation: value, user: 3),
                                    .memberPassword(organisation: value, user: 3), .admin, .organisations, .organisation(id: 2),
                                    .users, .user(id: 4), .accessGroups, .accessGroup(id: 5), .deleteAccessGroup(id: 5), .audit,
                                    .auditCSV, .mailOutbox]
        let maturiteit: [MaturiteitPath] = [.home, .newCampaign, .newModelVersion(model: value), .theme(model: value, theme: value + "t"), .campaign(value),
                                            .profile(campaign: value, organisation: "gent"), .evolution(campaign: value),
                                            .plans(campaign: value), .evaluation(campaign: value, organisation: value),
                                            .validation(campaign: value, organisation: value),
                                            .reopen(campaign: value, organisation: value), .status(campaign: value),
                                            .importSheet(campaign: value), .recommendations(campaign: value),
                                            .workPackages(campaign: value), .export(campaign: value, file: .scoresCSV)]
        let ref = PlanRef(value, value + "-plan")
        let plannen: [PlannenPath] = [.home, .comparison, .comparisonExport(file: .comparisonCSV), .importPlan(organisation: value),
                                      .plan(ref), .export(ref, file: .itemsJSON), .item(ref, item: value), .saveUpdate(ref, item: value),
                                      .saveOwners(ref, item: value), .saveLinks(ref, item: value), .saveIndicator(ref, item: value),
                                      .dashboard(ref), .report(ref), .publicView(ref), .manage(ref), .adopt(ref), .publish(ref),
                                      .openPeriod(ref), .closePeriod(ref, period: value), .reopenPeriod(ref, period: value),
                                      .sendReminders(ref, period: value)]
        let plannenAPI: [PlannenAPIPath] = [.plans, .plan(ref), .importPlan(ref)]
        let kennis: [KennisPath] = [.home, .list(.praktijk), .review, .newItem, .item(value), .edit(value), .step(value), .upload(value),
                                    .removeFile(value, file: 3), .file(value, file: 3, name: value + ".pdf"), .register(value),
                                    .registrations(value), .registrationsCSV(value), .calendar(value), .eventsCalendar,
                                    .cancelRegistration(id: 4, signature: value), .feed(.news), .newsletter, .subscribe,
                                    .confirmSubscription(id: 5, signature: value), .unsubscribe(id: 5, signature: value),
                                    .newsletterIssue(2), .newsletterManage, .newsletterNew, .newsletterEdit(2), .newsletterSend(2)]
        let kennisAPI: [KennisAPIPath] = [.items, .item(value)]
        let rightsAPI: [RightsAPIPath] = [.rights, .right(value)]
        let rights: [RightsPath] = [.home, .municipality(value), .all, .right(value)]
        let screening: [ScreeningPath] = [.screen, .cases, .caseItem(6), .deleteCase(6), .rules, .editRules]
        let leefloon: [LeefloonPath] = [.advice, .amounts, .decisions, .decision(8)]
        let leefloonAPI: [LeefloonAPIPath] = [.amounts, .advice]
        let energy: [EnergyPath] = [.home, .explore, .buildings, .newBuilding, .building(7), .settings(7), .meters(7), .apartmentsCSV(7), .monthsCSV(7)]
        let energyAPI: [EnergyAPIPath] = [.allocate]
        let register: [RegisterPath] = [.home, .publicRegister(value), .publicCSV(value), .publicPrint(value), .manage, .newActivity, .export,
                                        .activity(3), .edit(3), .versions(3), .dpia(3), .publish(3), .template(3), .requests, .newRequest, .request(4),
                                        .extendRequest(4), .requestStatus(4), .breaches, .newBreach, .breach(5), .settings, .templates, .templateShow(6),
                                        .copyTemplate(6)]
        let registerAPI: [RegisterAPIPath] = [.publicRegister(value)]
        let parking: [ParkingPath] = [.home, .city(value), .zone(value, value), .check(value), .register(value), .holders(value), .holder(value, 9),
                                      .rightStatus(value, 9), .rightPlate(value, 9), .importZones(value)]
        let parkingAPI: [ParkingAPIPath] = [.check]
        let demad: [DemadPath] = [.home, .cases, .dossier(11), .measurements(11), .settings(11), .importFile, .benchmark, .participation, .scale]
        let demadAPI: [DemadAPIPath] = [.benchmark]
        // Every route of every enum has an example (a new case without one fails here).
        #expect(Set(site.map(\.route)) == Set(SitePath.Route.allCases))
        #expect(Set(operations.map(\.route)) == Set(OperationsPath.Route.allCases))
        #expect(Set(cijfers.map(\.route)) == Set(CijfersPath.Route.allCases))
        #expect(Set(charts.map(\.route)) == Set(ChartPath.Route.allCases))
        #expect(Set(api.map(\.route)) == Set(APIPath.Route.allCases))
        #expect(Set(access.map(\.route)) == Set(AccessPath.Route.allCases))
        #expect(Set(maturiteit.map(\.route)) == Set(MaturiteitPath.Route.allCases))
        #expect(Set(plannen.map(\.route)) == Set(PlannenPath.Route.allCases))
        #expect(Set(plannenAPI.map(\.route)) == Set(PlannenAPIPath.Route.allCases))
        #expect(Set(kennis.map(\.route)) == Set(KennisPath.Route.allCases))
        #expect(Set(kennisAPI.map(\.route)) == Set(KennisAPIPath.Route.allCases))
        #expect(Set(rightsAPI.map(\.route)) == Set(RightsAPIPath.Route.allCases))
        #expect(Set(rights.map(\.route)) == Set(RightsPath.Route.allCases))
        #expect(Set(screening.map(\.route)) == Set(ScreeningPath.Route.allCases))
        #expect(Set(leefloon.map(\.route)) == Set(LeefloonPath.Route.allCases))
        #expect(Set(leefloonAPI.map(\.route)) == Set(LeefloonAPIPath.Route.allCases))
        #expect(Set(energy.map(\.route)) == Set(EnergyPath.Route.allCases))
        #expect(Set(energyAPI.map(\.route)) == Set(EnergyAPIPath.Route.allCases))
        #expect(Set(register.map(\.route)) == Set(RegisterPath.Route.allCases))
        #expect(Set(registerAPI.map(\.route)) == Set(RegisterAPIPath.Route.allCases))
        #expect(Set(parking.map(\.route)) == Set(ParkingPath.Route.allCases))
        #expect(Set(parkingAPI.map(\.route)) == Set(ParkingAPIPath.Route.allCases))
        #expect(Set(demad.map(\.route)) == Set(DemadPath.Route.allCases))
        #expect(Set(demadAPI.map(\.route)) == Set(DemadAPIPath.Route.allCases))
        return site.map(entry) + operations.map(entry) + cijfers.map(entry) + charts.map(entry) + api.map(entry) + access.map(entry) + maturiteit.map(entry)
            + plannen.map(entry) + plannenAPI.map(entry) + kennis.map(entry) + kennisAPI.map(entry) + rightsAPI.map(entry) + rights.map(entry)
            + screening.map(entry) + leefloon.map(entry) + leefloonAPI.map(entry) + energy.map(entry) + energyAPI.map(entry)
            + register.map(entry) + registerAPI.map(entry) + parking.map(entry) + parkingAPI.map(entry) + demad.map(entry) + demadAPI.map(entry)
    }

    @Test(arguments: odd)
    func everyLinkReachesItsRouteWithItsValues(value: String) throws {
        // setup: a router with every pattern of every address enum (duplicates, such as the OpenAPI path, once)
        let examples = Self.examples(value)
        let router = TrieRouter(String.self)
        var registered = Set<String>()
        // The home page's empty pattern is the root, which the trie does not hold: its link is "/".
        #expect(SitePath.home.path == "/")
        for example in examples where !example.route.isEmpty {
            let key = example.route.map(\.description).joined(separator: "/")
            if registered.insert(key).inserted { router.register(key, at: example.route) }
        }
        for example in examples where !example.route.isEmpty {
            // act: route the link as Vapor does (split on "/"; the router percent-decodes the values)
            var parameters = Parameters()
            let components = example.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            let found = router.route(path: components, parameters: &parameters)
            // check
            #expect(found == example.route.map(\.description).joined(separator: "/"), "\(example.path)")
            for (name, expected) in example.parameters {
                #expect(parameters.get(name) == expected, "\(example.path): \(name)")
            }
        }
    }

    @Test func queriesAreEscapedAndEmptyValuesLeftOut() {
        #expect(CijfersPath.benchmark.url([("indicator", "a&b=c"), ("jaar", ""), ("niveau", nil)]) == "/benchmark?indicator=a%26b%3Dc")
        #expect(APIPath.data.url([("indicators", "x,y"), ("areas", "44021 44083")]) == "/api/v1/data?indicators=x,y&areas=44021%2044083")
        #expect(AccessPath.signIn.url([("terug", "/beheer?x=1")]) == "/aanmelden?terug=%2Fbeheer%3Fx%3D1")
    }
}
