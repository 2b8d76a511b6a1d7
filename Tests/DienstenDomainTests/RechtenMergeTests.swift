import DienstenDomain
import Foundation
import Testing

@Suite("Snapshots: instants and the merge")
struct RechtenMergeTests {
    static func snapshot(_ id: String, _ time: String, name: String = "x", archived: Bool = false) -> PublicService {
        var service = PublicService(id: id, snapshot: "\(id)/\(time)", kind: .concept, generatedAt: time)
        service.name = LanguageText(["nl": name])
        service.archived = archived
        return service
    }

    @Test func instantsCompareAsInstantsNotAsText() throws {
        // 3 to 9 fractional digits, and offsets
        let short = try #require(SnapshotTime("2024-02-18T06:32:10.5Z"))
        let long = try #require(SnapshotTime("2024-02-18T06:32:10.500000000Z"))
        #expect(short == long)
        let nine = try #require(SnapshotTime("2024-02-18T06:32:10.123456789Z"))
        let three = try #require(SnapshotTime("2024-02-18T06:32:10.124Z"))
        #expect(nine < three)
        #expect(SnapshotTime("2024-02-18T07:32:10+01:00") == SnapshotTime("2024-02-18T06:32:10Z"))
        // as text, "…:10Z" sorts after "…:10.5Z" ('Z' > '.'); as instants it is half a second earlier
        let whole = try #require(SnapshotTime("2024-02-18T06:32:10Z"))
        #expect(whole < short)
        #expect(whole.sortable < short.sortable)
        // the sortable form sorts as the instants
        #expect(nine.sortable == "2024-02-18T06:32:10.123456789Z")
        #expect(short.sortable == "2024-02-18T06:32:10.500000000Z")
        #expect(SnapshotTime("2024-02-18T00:30:00+01:00")?.sortable == "2024-02-17T23:30:00.000000000Z")
        #expect(SnapshotTime("2024-03-01T00:00:00Z")!.seconds - SnapshotTime("2024-02-28T00:00:00Z")!.seconds == 2 * 86_400)
    }

    @Test(arguments: ["2024-02-30T00:00:00Z", "2024-02-18", "2024-02-18T06:32:10", "2024-02-18T06:32:10.Z",
                      "2024-02-18T06:32:10.1234567891Z", "2024-02-18T25:00:00Z", "18/02/2024", ""])
    func notAnInstant(text: String) {
        #expect(SnapshotTime(text) == nil)
    }

    @Test func theLatestSnapshotPerServiceIsKeptTiesKeepTheFirst() {
        let merged = SnapshotMerge.latest([
            Self.snapshot("a", "2024-01-01T00:00:00.9Z", name: "a1"),
            Self.snapshot("b", "2024-01-01T00:00:00Z", name: "b1"),
            Self.snapshot("a", "2024-01-01T00:00:00.10Z", name: "a-older"), // .10 < .9
            Self.snapshot("a", "2024-01-01T00:00:01+00:00", name: "a2"),
            Self.snapshot("b", "2024-01-01T00:00:00.000Z", name: "b-same-instant"),
        ])
        #expect(merged.map(\.id) == ["a", "b"])
        #expect(merged.map { $0.name.text("nl") } == ["a2", "b1"])
    }

    @Test func whatASnapshotDoesToTheCatalogue() {
        let held = SnapshotMerge.Held(time: SnapshotTime("2024-01-01T00:00:00Z"), archived: false)
        let gone = SnapshotMerge.Held(time: SnapshotTime("2024-01-01T00:00:00Z"), archived: true)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2024-01-01T00:00:00Z"), held: nil) == .add)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2024-01-01T00:00:00Z", archived: true), held: nil) == .archivedUnknown)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2024-01-01T00:00:00.000Z"), held: held) == .unchanged)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2023-12-31T23:59:59Z"), held: held) == .unchanged)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2024-01-01T00:00:00.001Z"), held: held) == .replace)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2024-01-02T00:00:00Z", archived: true), held: held) == .remove)
        // an older snapshot cannot bring an archived service back; a newer one can
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2023-06-01T00:00:00Z"), held: gone) == .unchanged)
        #expect(SnapshotMerge.change(incoming: Self.snapshot("a", "2024-06-01T00:00:00Z"), held: gone) == .add)
    }

    @Test func theFixtureInstancePageKeepsTheUpdatedSnapshot() throws {
        let page = try LPDCFixtures.page("instancesnapshot-page-0.json")
        let merged = SnapshotMerge.latest(page.members)
        #expect(merged.count == 2)
        #expect(merged.map { $0.name.text("nl") } == ["Minimalistische instantie updatet", "Essentiële instantie"])
    }
}
