import Foundation

/// A small RDF model and its two syntaxes, Turtle and JSON-LD, for the Data Cube and the DCAT catalogue.
/// Nodes are written in pieces, so a large graph can be streamed: `prologue`, then `nodes(_:first:)` for each part,
/// then `epilogue`.
enum RDFTerm: Hashable {
    case iri(String)
    case blank(String)
    /// A literal with a datatype IRI (nil: a plain string).
    case literal(String, datatype: String?)
    case text(String, language: String)

    static func typed(_ value: String, _ datatype: String) -> RDFTerm { .literal(value, datatype: datatype) }
    static func string(_ value: String) -> RDFTerm { .literal(value, datatype: nil) }
}

/// One subject with its properties in the order they are added.
struct RDFNode {
    let subject: RDFTerm
    private(set) var types: [String]
    private(set) var properties: [(predicate: String, objects: [RDFTerm])] = []

    init(_ subject: RDFTerm, types: [String] = []) {
        self.subject = subject
        self.types = types
    }

    init(_ iri: String, types: [String] = []) { self.init(.iri(iri), types: types) }

    /// Adds values of a predicate; an empty list adds nothing.
    mutating func add(_ predicate: String, _ objects: [RDFTerm]) {
        guard !objects.isEmpty else { return }
        if let index = properties.firstIndex(where: { $0.predicate == predicate }) {
            properties[index].objects.append(contentsOf: objects)
        } else {
            properties.append((predicate, objects))
        }
    }

    mutating func add(_ predicate: String, _ object: RDFTerm) { add(predicate, [object]) }
    mutating func add(_ predicate: String, iri: String) { add(predicate, [.iri(iri)]) }
    /// A text in a language, left out when empty.
    mutating func add(_ predicate: String, text: String, language: String) {
        if !text.isEmpty { add(predicate, [.text(text, language: language)]) }
    }
}

enum RDFSyntax: String {
    case turtle, jsonLD

    var mediaType: String {
        switch self {
        case .turtle: "text/turtle; charset=utf-8"
        case .jsonLD: "application/ld+json; charset=utf-8"
        }
    }

    var fileExtension: String { self == .turtle ? "ttl" : "jsonld" }
}

struct RDFWriter {
    /// Prefix → namespace, in the order they are declared.
    let prefixes: [(prefix: String, namespace: String)]
    let syntax: RDFSyntax

    static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    var prologue: String {
        switch syntax {
        case .turtle:
            return prefixes.map { "@prefix \($0.prefix): <\(Self.escapeIRI($0.namespace))> .\n" }.joined() + "\n"
        case .jsonLD:
            let context = prefixes.map { "\(JSONText.quote($0.prefix)): \(JSONText.quote($0.namespace))" }
            return "{\"@context\": {\(context.joined(separator: ", "))},\n\"@graph\": [\n"
        }
    }

    var epilogue: String { syntax == .turtle ? "" : "\n]}\n" }

    /// The nodes in the chosen syntax; `first` says whether anything was written before (JSON-LD needs a comma).
    func nodes(_ nodes: [RDFNode], first: Bool) -> String {
        var out = ""
        out.reserveCapacity(nodes.count * 200)
        for (index, node) in nodes.enumerated() {
            switch syntax {
            case .turtle: out += turtle(node)
            case .jsonLD:
                if !(first && index == 0) { out += ",\n" }
                out += jsonLD(node)
            }
        }
        return out
    }

    // MARK: Turtle

    private func turtle(_ node: RDFNode) -> String {
        var lines: [String] = []
        if !node.types.isEmpty { lines.append("a " + node.types.map(turtleIRI).joined(separator: ", ")) }
        for (predicate, objects) in node.properties {
            lines.append(turtleIRI(predicate) + " " + objects.map(turtleTerm).joined(separator: ", "))
        }
        return turtleTerm(node.subject) + " " + lines.joined(separator: " ;\n    ") + " .\n"
    }

    private func turtleTerm(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): return turtleIRI(iri)
        case .blank(let label): return "_:" + label
        case .literal(let value, let datatype):
            let text = "\"" + Self.escapeString(value) + "\""
            return datatype.map { text + "^^" + turtleIRI($0) } ?? text
        case .text(let value, let language): return "\"" + Self.escapeString(value) + "\"@" + language
        }
    }

    /// `prefix:local` when the IRI is in a declared namespace and the rest is a plain name, otherwise `<iri>`.
    private func turtleIRI(_ iri: String) -> String {
        if iri == Self.rdfType { return "rdf:type" }
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            if let first = local.first, first.isASCII, first.isLetter || first.isNumber || first == "_",
               local.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                return "\(prefix):\(local)"
            }
        }
        return "<" + Self.escapeIRI(iri) + ">"
    }

    static func escapeString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Characters an IRI in Turtle cannot hold as they are, written as `\uXXXX` escapes (our IRIs are
    /// percent-encoded when built, so this only guards).
    static func escapeIRI(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += String(format: "\\u%04X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: JSON-LD

    private func jsonLD(_ node: RDFNode) -> String {
        var members: [String] = []
        switch node.subject {
        case .iri(let iri): members.append("\"@id\": " + JSONText.quote(iri))
        case .blank(let label): members.append("\"@id\": " + JSONText.quote("_:" + label))
        default: break
        }
        if !node.types.isEmpty {
            members.append("\"@type\": [" + node.types.map { JSONText.quote(compact($0)) }.joined(separator: ", ") + "]")
        }
        for (predicate, objects) in node.properties {
            members.append(JSONText.quote(compact(predicate)) + ": [" + objects.map(jsonTerm).joined(separator: ", ") + "]")
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    private func jsonTerm(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): return "{\"@id\": \(JSONText.quote(iri))}"
        case .blank(let label): return "{\"@id\": \(JSONText.quote("_:" + label))}"
        case .literal(let value, nil): return "{\"@value\": \(JSONText.quote(value))}"
        case .literal(let value, let datatype?):
            return "{\"@value\": \(JSONText.quote(value)), \"@type\": \(JSONText.quote(compact(datatype)))}"
        case .text(let value, let language):
            return "{\"@value\": \(JSONText.quote(value)), \"@language\": \(JSONText.quote(language))}"
        }
    }

    /// A compact IRI (`qb:dataSet`) when a declared prefix covers it, else the IRI in full.
    private func compact(_ iri: String) -> String {
        for (prefix, namespace) in prefixes where iri.hasPrefix(namespace) && iri.count > namespace.count {
            let local = iri.dropFirst(namespace.count)
            if !local.hasPrefix("//"), !local.contains(":") { return "\(prefix):\(local)" }
        }
        return iri
    }
}

enum JSONText {
    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// IRIs we mint: each path segment percent-encoded, so any code makes a valid IRI.
enum IRISegment {
    private static let allowed = CharacterSet(charactersIn:
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? "_"
    }
}

/// The namespaces the RDF answers use.
enum RDFNamespace {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let dct = "http://purl.org/dc/terms/"
    static let qb = "http://purl.org/linked-data/cube#"
    static let sdmxDimension = "http://purl.org/linked-data/sdmx/2009/dimension#"
    static let sdmxAttribute = "http://purl.org/linked-data/sdmx/2009/attribute#"
    static let sdmxMeasure = "http://purl.org/linked-data/sdmx/2009/measure#"
    static let sdmxConcept = "http://purl.org/linked-data/sdmx/2009/concept#"
    static let sdmxCode = "http://purl.org/linked-data/sdmx/2009/code#"
    static let dcat = "http://www.w3.org/ns/dcat#"
    static let foaf = "http://xmlns.com/foaf/0.1/"
}
