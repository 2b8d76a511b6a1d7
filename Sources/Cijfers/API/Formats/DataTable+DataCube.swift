import CijfersDomain
import Foundation
import Platform

extension DataTable {
    /// The answer as an RDF Data Cube (W3C, 2014): one `qb:DataSet` with its `qb:DataStructureDefinition` and one
    /// `qb:Observation` per indicator × area × period.
    ///
    /// - Dimensions: the area (`sb:gebied`, a sub-property of `sdmx-dimension:refArea`), the period (`sb:periode`, of
    ///   `sdmx-dimension:refPeriod`), both coded with a `skos:ConceptScheme`, and `qb:measureType`: each indicator is a
    ///   measure of its own, so an observation carries one indicator's value, its status and its unit. (One
    ///   observation with every indicator as a measure could not say that one of them is suppressed and another not.)
    /// - Attributes: `sb:status` (required; the same codes as the CSV and JSON-stat status: `ok`, `suppressed`,
    ///   `no_data`, …, each a concept close to an SDMX observation or confidentiality status) and
    ///   `sdmx-attribute:unitMeasure` (where the indicator has a unit); in an answer with a survey indicator also
    ///   `sb:ci95Lower` and `sb:ci95Upper`, the bounds of the 95 % confidence interval (not required: only where
    ///   there is one). Attributes and not measures: with `qb:measureType` an observation carries exactly one
    ///   measure (IC-16), and the bounds describe that measure's value.
    /// - A cell without a value keeps its observation (IC-15 wants every observation to have its measure) with
    ///   `"NaN"^^xsd:double` — the value of xsd:double that is not a number, as SDMX writes a missing value — and its
    ///   status says why; no number is made up.
    struct DataCubeDocument {
        let cube: Cube
        let syntax: RDFSyntax
        /// The site's address (`https://…` without a trailing slash) under which every IRI is minted.
        let base: String
        /// The address of this answer (the data API with its selection), the namespace of the dataset's own nodes.
        let document: String
        let updated: Date?

        var writer: RDFWriter {
            RDFWriter(prefixes: [
                ("rdf", RDFNamespace.rdf), ("rdfs", RDFNamespace.rdfs), ("xsd", RDFNamespace.xsd),
                ("skos", RDFNamespace.skos), ("dct", RDFNamespace.dct), ("qb", RDFNamespace.qb),
                ("sdmx-dimension", RDFNamespace.sdmxDimension), ("sdmx-attribute", RDFNamespace.sdmxAttribute),
                ("sdmx-measure", RDFNamespace.sdmxMeasure), ("sdmx-concept", RDFNamespace.sdmxConcept),
                ("sdmx-code", RDFNamespace.sdmxCode), ("sb", vocabulary), ("ind", indicatorNamespace),
                ("d", document + "#"),
            ], syntax: syntax)
        }

        var vocabulary: String { base + "/def/cijfers#" }
        var indicatorNamespace: String { base + "/def/cijfers/indicator/" }
        var areaScheme: String { base + "/id/gebied" }
        var periodScheme: String { base + "/id/periode" }
        var statusScheme: String { base + "/id/status" }

        func area(_ entry: Catalog.AreaEntry) -> String {
            "\(areaScheme)/\(IRISegment.encode(entry.levelCode))/\(IRISegment.encode(entry.code))"
        }
        func period(_ label: String) -> String { "\(periodScheme)/\(IRISegment.encode(label))" }
        func status(_ status: PublishedValue.Status) -> String { "\(statusScheme)/\(IRISegment.encode(status.rawValue))" }
        func measure(_ code: String) -> String { indicatorNamespace + IRISegment.encode(code) }
        func unit(_ text: String) -> String { base + "/id/eenheid/" + IRISegment.encode(text.lowercased()) }
        var dataset: String { document + "#dataset" }

        /// The document in pieces of at most `slice` observations: the structure and code lists, then the
        /// observations. Written one after the other they are the whole document.
        func pieces(slice: Int) -> [@Sendable () -> String] {
            let writer = writer
            // The prologue alone first, then the structure and code lists in slices too (a large level has
            // thousands of areas).
            let structure = structure()
            var pieces: [@Sendable () -> String] = [{ writer.prologue }]
            for start in stride(from: 0, to: structure.count, by: slice) {
                let part = Array(structure[start..<min(start + slice, structure.count)])
                pieces.append { writer.nodes(part, first: start == 0) }
            }
            let table = cube.table
            let perIndicator = table.areas.count * table.periods.count
            var start = 0
            while start < cube.count {
                let range = start..<min(start + slice, cube.count)
                pieces.append {
                    var nodes: [RDFNode] = []
                    nodes.reserveCapacity(range.count)
                    for index in range {
                        let indicator = table.indicators[index / perIndicator]
                        let rest = index % perIndicator
                        let area = table.areas[rest / table.periods.count]
                        let period = table.periods[rest % table.periods.count]
                        nodes.append(observation(index + 1, indicator: indicator, area: area, period: period))
                    }
                    return writer.nodes(nodes, first: false)
                }
                start = range.upperBound
            }
            pieces.append { writer.epilogue }
            return pieces
        }

        private func observation(_ number: Int, indicator: Indicator, area entry: Catalog.AreaEntry,
                                 period label: String) -> RDFNode {
            let value = cube.value(indicator.code, area: entry.key, period: label)
            var node = RDFNode(document + "#o\(number)", types: [RDFNamespace.qb + "Observation"])
            node.add(RDFNamespace.qb + "dataSet", iri: dataset)
            node.add(vocabulary + "gebied", iri: area(entry))
            node.add(vocabulary + "periode", iri: period(label))
            node.add(RDFNamespace.qb + "measureType", iri: measure(indicator.code))
            node.add(measure(indicator.code), .typed(value.value.map(CSVNumber.format) ?? "NaN", RDFNamespace.xsd + "double"))
            node.add(vocabulary + "status", iri: status(value.status))
            if !indicator.unit.isEmpty { node.add(RDFNamespace.sdmxAttribute + "unitMeasure", iri: unit(indicator.unit)) }
            if let interval = cube.interval(indicator.code, area: entry.key, period: label) {
                node.add(vocabulary + "ci95Lower", .typed(CSVNumber.format(interval.lower), RDFNamespace.xsd + "double"))
                node.add(vocabulary + "ci95Upper", .typed(CSVNumber.format(interval.upper), RDFNamespace.xsd + "double"))
            }
            return node
        }

        /// The dataset, its structure, the components and the code lists of the values used.
        private func structure() -> [RDFNode] {
            let table = cube.table
            let qb = RDFNamespace.qb, rdfs = RDFNamespace.rdfs, skos = RDFNamespace.skos, dct = RDFNamespace.dct
            var nodes: [RDFNode] = []

            var dataset = RDFNode(self.dataset, types: [qb + "DataSet"])
            let names = table.indicators.map(\.name).joined(separator: ", ")
            dataset.add(rdfs + "label", text: "\(names) — \(table.level.name)", language: "nl")
            dataset.add(dct + "title", text: "\(names) — \(table.level.name)", language: "nl")
            dataset.add(rdfs + "comment", text: "Cijfers uit Stadsbeeld. Een cel zonder waarde heeft als waarde NaN (geen getal) en haar status zegt waarom: afgeschermd (privacydrempel), geen gegevens, …", language: "nl")
            dataset.add(rdfs + "comment", text: "Figures from Stadsbeeld. A cell without a value has NaN (not a number) as its value and its status says why: suppressed (privacy threshold), no data, …", language: "en")
            dataset.add(qb + "structure", iri: document + "#structure")
            dataset.add(dct + "source", iri: document)
            let sources = Array(Set(table.indicators.map(\.source).filter { !$0.isEmpty })).sorted()
            dataset.add(dct + "contributor", sources.map { RDFTerm.string($0) })
            if let updated { dataset.add(dct + "modified", .typed(Self.dateTime(updated), RDFNamespace.xsd + "dateTime")) }
            nodes.append(dataset)

            var dsd = RDFNode(document + "#structure", types: [qb + "DataStructureDefinition"])
            var components: [RDFNode] = []
            func component(_ name: String, _ kind: String, _ property: String, order: Int? = nil, required: Bool? = nil) {
                var spec = RDFNode(document + "#component-" + name, types: [qb + "ComponentSpecification"])
                spec.add(qb + kind, iri: property)
                if let order { spec.add(qb + "order", .typed(String(order), RDFNamespace.xsd + "integer")) }
                if let required { spec.add(qb + "componentRequired", .typed(required ? "true" : "false", RDFNamespace.xsd + "boolean")) }
                dsd.add(qb + "component", iri: spec.subject.iri)
                components.append(spec)
            }
            component("gebied", "dimension", vocabulary + "gebied", order: 1)
            component("periode", "dimension", vocabulary + "periode", order: 2)
            component("indicator", "dimension", qb + "measureType", order: 3)
            for (index, indicator) in table.indicators.enumerated() {
                component("measure-\(index + 1)", "measure", measure(indicator.code))
            }
            component("status", "attribute", vocabulary + "status", required: true)
            component("unit", "attribute", RDFNamespace.sdmxAttribute + "unitMeasure", required: false)
            if table.hasSurveyIndicator {
                component("ci95-lower", "attribute", vocabulary + "ci95Lower", required: false)
                component("ci95-upper", "attribute", vocabulary + "ci95Upper", required: false)
            }
            nodes.append(dsd)
            nodes.append(contentsOf: components)
            nodes.append(contentsOf: properties())
            if table.hasSurveyIndicator { nodes.append(contentsOf: intervalProperties()) }

            for indicator in table.indicators {
                var node = RDFNode(measure(indicator.code), types: [qb + "MeasureProperty"])
                node.add(rdfs + "label", text: indicator.name, language: "nl")
                node.add(rdfs + "comment", text: indicator.description, language: "nl")
                node.add(rdfs + "subPropertyOf", iri: RDFNamespace.sdmxMeasure + "obsValue")
                node.add(rdfs + "range", iri: RDFNamespace.xsd + "double")
                node.add(skos + "notation", .string(indicator.code))
                nodes.append(node)
            }
            for text in Array(Set(table.indicators.map(\.unit).filter { !$0.isEmpty })).sorted() {
                var node = RDFNode(unit(text), types: [skos + "Concept"])
                node.add(skos + "prefLabel", .string(text))
                nodes.append(node)
            }

            // The code lists, with the codes this answer uses.
            nodes.append(scheme(areaScheme, nl: "Gebieden", en: "Areas"))
            nodes.append(scheme(periodScheme, nl: "Perioden", en: "Periods"))
            nodes.append(scheme(statusScheme, nl: "Status van een waarde", en: "Status of a value"))
            for entry in table.areas {
                var node = RDFNode(area(entry), types: [skos + "Concept"])
                node.add(skos + "inScheme", iri: areaScheme)
                node.add(skos + "notation", .string(entry.code))
                node.add(skos + "prefLabel", text: entry.name, language: "nl")
                nodes.append(node)
            }
            for label in table.periods {
                var node = RDFNode(period(label), types: [skos + "Concept"])
                node.add(skos + "inScheme", iri: periodScheme)
                node.add(skos + "notation", .string(label))
                node.add(skos + "prefLabel", .string(label))
                nodes.append(node)
            }
            for status in PublishedValue.Status.allCases {
                var node = RDFNode(self.status(status), types: [skos + "Concept"])
                node.add(skos + "inScheme", iri: statusScheme)
                node.add(skos + "notation", .string(status.rawValue))
                node.add(skos + "prefLabel", text: CijfersText.strings(.nl)["xlsx.status.\(status.rawValue)"], language: "nl")
                node.add(skos + "prefLabel", text: CijfersText.strings(.en)["xlsx.status.\(status.rawValue)"], language: "en")
                node.add(skos + "closeMatch", iri: RDFNamespace.sdmxCode + Self.sdmxStatus(status))
                nodes.append(node)
            }
            return nodes
        }

        private func scheme(_ iri: String, nl: String, en: String) -> RDFNode {
            var node = RDFNode(iri, types: [RDFNamespace.skos + "ConceptScheme"])
            node.add(RDFNamespace.rdfs + "label", text: nl, language: "nl")
            node.add(RDFNamespace.rdfs + "label", text: en, language: "en")
            return node
        }

        /// The component properties: ours with their range and code list, and `qb:measureType`'s range as the
        /// vocabulary states it, so that the document passes the integrity constraints on its own.
        private func properties() -> [RDFNode] {
            let qb = RDFNamespace.qb, rdfs = RDFNamespace.rdfs, skos = RDFNamespace.skos
            func coded(_ name: String, _ kind: String, nl: String, en: String, parent: String, concept: String,
                       scheme: String) -> RDFNode {
                var node = RDFNode(vocabulary + name, types: [RDFNamespace.rdf + "Property", qb + kind, qb + "CodedProperty"])
                node.add(rdfs + "label", text: nl, language: "nl")
                node.add(rdfs + "label", text: en, language: "en")
                node.add(rdfs + "subPropertyOf", iri: parent)
                node.add(qb + "concept", iri: RDFNamespace.sdmxConcept + concept)
                node.add(rdfs + "range", iri: skos + "Concept")
                node.add(qb + "codeList", iri: scheme)
                return node
            }
            var measureType = RDFNode(qb + "measureType", types: [qb + "DimensionProperty"])
            measureType.add(rdfs + "range", iri: qb + "MeasureProperty")
            var unit = RDFNode(RDFNamespace.sdmxAttribute + "unitMeasure", types: [qb + "AttributeProperty"])
            unit.add(qb + "concept", iri: RDFNamespace.sdmxConcept + "unitMeasure")
            return [
                coded("gebied", "DimensionProperty", nl: "gebied", en: "area", parent: RDFNamespace.sdmxDimension + "refArea",
                      concept: "refArea", scheme: areaScheme),
                coded("periode", "DimensionProperty", nl: "periode", en: "period",
                      parent: RDFNamespace.sdmxDimension + "refPeriod", concept: "refPeriod", scheme: periodScheme),
                coded("status", "AttributeProperty", nl: "status", en: "status",
                      parent: RDFNamespace.sdmxAttribute + "obsStatus", concept: "obsStatus", scheme: statusScheme),
                measureType, unit,
            ]
        }

        /// The bounds of a survey indicator's 95 % confidence interval, in percent.
        private func intervalProperties() -> [RDFNode] {
            let qb = RDFNamespace.qb, rdfs = RDFNamespace.rdfs
            func bound(_ name: String, nl: String, en: String) -> RDFNode {
                var node = RDFNode(vocabulary + name, types: [RDFNamespace.rdf + "Property", qb + "AttributeProperty"])
                node.add(rdfs + "label", text: nl, language: "nl")
                node.add(rdfs + "label", text: en, language: "en")
                node.add(rdfs + "range", iri: RDFNamespace.xsd + "double")
                return node
            }
            return [bound("ci95Lower", nl: "ondergrens van het 95%-betrouwbaarheidsinterval (Wilson)",
                          en: "lower bound of the 95% confidence interval (Wilson)"),
                    bound("ci95Upper", nl: "bovengrens van het 95%-betrouwbaarheidsinterval (Wilson)",
                          en: "upper bound of the 95% confidence interval (Wilson)")]
        }

        /// The SDMX code closest to a status: normal value, confidential, or missing.
        static func sdmxStatus(_ status: PublishedValue.Status) -> String {
            switch status {
            case .ok: "obsStatus-A"
            case .suppressed, .sourceSuppressed: "confStatus-C"
            case .empty, .notApplicable, .noAnswer, .noData: "obsStatus-M"
            }
        }

        static func dateTime(_ date: Date) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
    }
}

extension RDFTerm {
    /// The IRI of an IRI term (empty otherwise).
    var iri: String {
        if case .iri(let value) = self { return value }
        return ""
    }
}
