import Testing
@testable import CijfersDomain

@Suite("Theme tree")
struct ThemeTreeTests {
    let themes = [
        Theme(code: "energie", name: "Energie", sequence: 2),
        Theme(code: "elek", name: "Elektriciteit", parentCode: "energie", sequence: 2),
        Theme(code: "gas", name: "Gas", parentCode: "energie", sequence: 1),
        Theme(code: "bevolking", name: "Bevolking", sequence: 1),
        Theme(code: "wonen", name: "Wonen", sequence: 1),
    ]
    let indicators = [
        Indicator(code: "v_gas_n", name: "gas customers", themeCode: "gas"),
        Indicator(code: "v_elek_n", name: "electricity customers", themeCode: "elek"),
        Indicator(code: "v_elek_cons", name: "electricity", themeCode: "elek"),
        Indicator(code: "v_hidden", name: "hidden", visible: false, themeCode: "elek"),
        Indicator(code: "v_pop", name: "population", themeCode: "bevolking"),
        Indicator(code: "v_loose", name: "no theme"),
    ]

    @Test("Roots and children are ordered by sequence, then name")
    func order() throws {
        let tree = ThemeTree(themes: themes, indicators: indicators)
        #expect(tree.roots.map(\.theme.code) == ["bevolking", "wonen", "energie"])
        let energy = try #require(tree.roots.last)
        #expect(energy.children.map(\.theme.code) == ["gas", "elek"])
        #expect(energy.children.allSatisfy { $0.children.isEmpty })
    }

    @Test("Each theme lists its visible indicators, sorted by code")
    func indicatorsPerTheme() throws {
        let tree = ThemeTree(themes: themes, indicators: indicators)
        let energy = try #require(tree.roots.first { $0.theme.code == "energie" })
        let electricity = try #require(energy.children.first { $0.theme.code == "elek" })
        #expect(electricity.indicatorCodes == ["v_elek_cons", "v_elek_n"])
        #expect(energy.indicatorCodes.isEmpty)
        #expect(tree.roots.first?.indicatorCodes == ["v_pop"])
    }

    @Test("A theme whose parent does not exist becomes a root")
    func unknownParent() {
        let tree = ThemeTree(themes: [Theme(code: "orphan", name: "Orphan", parentCode: "gone")], indicators: [])
        #expect(tree.roots.map(\.theme.code) == ["orphan"])
    }

    @Test("Themes in a cycle are kept, once each, instead of vanishing or recursing forever")
    func cycle() throws {
        let themes = [
            Theme(code: "a", name: "A", parentCode: "b", sequence: 1),
            Theme(code: "b", name: "B", parentCode: "a", sequence: 2),
            Theme(code: "self", name: "Self", parentCode: "self", sequence: 3),
            Theme(code: "root", name: "Root", sequence: 0),
        ]
        let tree = ThemeTree(themes: themes, indicators: [Indicator(code: "v", name: "v", themeCode: "b")])
        #expect(tree.roots.map(\.theme.code) == ["root", "a", "self"])
        let a = try #require(tree.roots.first { $0.theme.code == "a" })
        #expect(a.children.map(\.theme.code) == ["b"])
        #expect(a.children.first?.indicatorCodes == ["v"])
        #expect(a.children.first?.children.isEmpty == true)
        #expect(tree.roots.last?.children.isEmpty == true)
    }

    @Test("No themes, no tree")
    func empty() {
        #expect(ThemeTree(themes: [], indicators: indicators).roots.isEmpty)
    }
}
