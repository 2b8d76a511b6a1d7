import CijfersDomain
import Platform
import Vapor

/// The JSON shapes of the API, kept apart from the domain so the domain can change without breaking scripts.
struct LevelDTO: Content {
    let code: String
    let name: String
    let order: Int
    let kind: String
    let parents: [String]
    let areaCount: Int
    let areas: String
}

struct AreaDTO: Content {
    let code: String
    let level: String
    let shortName: String
    let name: String
    let sequence: Int
    let parents: [String: String]
    let hasGeometry: Bool
    var geometry: AnyGeoJSON?
}

/// GeoJSON passed through as stored.
struct AnyGeoJSON: Content {
    let json: String

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        let object = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        try container.encode(object)
    }

    init(json: String) { self.json = json }

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(JSONValue.self)
        json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}

struct IndicatorDTO: Content {
    let code: String
    let name: String
    let description: String
    let unit: String
    let source: String
    let dataType: String
    let periodType: String
    let aggregationIndicator: String?
    let sampleIndicator: String?
    let formula: String?
    let thresholdValue: Double?
    let thresholdIndicator: String?
    let roundOff: Double?
    let theme: String?
    /// True for a survey percentage published with its confidence interval; left out otherwise.
    let surveyProportion: Bool?
    let note: String
    let data: String
    /// The metadata in words (one indicator only; see `IndicatorPeopleDTO`).
    var people: IndicatorPeopleDTO?

    init(_ indicator: Indicator) {
        code = indicator.code
        name = indicator.name
        description = indicator.description
        unit = indicator.unit
        source = indicator.source
        dataType = indicator.dataType.swingName
        periodType = indicator.periodType
        aggregationIndicator = indicator.aggregationCode
        sampleIndicator = indicator.sampleCode
        formula = indicator.formula
        thresholdValue = indicator.thresholdValue
        thresholdIndicator = indicator.thresholdCode
        roundOff = indicator.roundOff?.step
        theme = indicator.themeCode
        surveyProportion = indicator.surveyProportion ? true : nil
        note = indicator.note
        data = APIPath.data.path + "?indicators=\(indicator.code)&level=gemeente2024&periods=latest"
    }
}

struct ThemeDTO: Content {
    let code: String
    let name: String
    let indicators: [String]
    let children: [ThemeDTO]

    init(_ node: ThemeTree.Node) {
        code = node.theme.code
        name = node.theme.name
        indicators = node.indicatorCodes
        children = node.children.map(ThemeDTO.init)
    }
}

struct ListDTO<Item: Content>: Content {
    let count: Int
    let items: [Item]

    init(_ items: [Item]) {
        count = items.count
        self.items = items
    }
}
