import CijfersDomain
import Tabular

/// Reads an aggregation table: the header names the child and the parent level, each row one child → parent.
public enum AggregationTableReader {
    public static func read(_ reader: any RowReader, header: HeaderRow, problems: ProblemCollector) throws -> [Located<AreaLink>] {
        let columns = header.names.enumerated().filter { !$0.element.trimmingCharacters(in: .whitespaces).isEmpty }
        guard columns.count == 2 else {
            problems.add(.missingColumn, at: reader.location(row: header.row.number),
                         "een aggregatietabel heeft precies twee kolommen: kindniveau en ouderniveau")
            return []
        }
        let (childColumn, childLevel) = (columns[0].offset, AreaCode.normalize(columns[0].element))
        let (parentColumn, parentLevel) = (columns[1].offset, AreaCode.normalize(columns[1].element))
        var links: [Located<AreaLink>] = []
        var seen: [String: Int] = [:]  // child code → index in links
        while let row = try reader.next() {
            if row.isBlank {
                problems.notice(at: reader.location(row: row.number), "lege rij overgeslagen")
                continue
            }
            let childRaw = row.cell(childColumn).text ?? ""
            let parentRaw = row.cell(parentColumn).text ?? ""
            let child = AreaCode.normalize(childRaw)
            let parent = AreaCode.normalize(parentRaw)
            if child.isEmpty {
                problems.notice(at: reader.location(row: row.number, column: childColumn),
                                "rij met lege kindcode '\(childRaw)' (ouder '\(parent)') overgeslagen")
                continue
            }
            if parent.isEmpty {
                problems.add(.invalidValue, at: reader.location(row: row.number, column: parentColumn),
                             "gebied '\(child)' heeft geen oudercode")
                continue
            }
            let location = reader.location(row: row.number, column: childColumn)
            if let first = seen[child] {
                // Real tables give an unknown-location sector two parents; a child aggregates into one.
                // The parent with the child's own code wins (the same 'unknown' area), else the first one.
                let kept = links[first].value.parentCode
                if parent == child {
                    links[first] = Located(
                        AreaLink(childLevel: childLevel, childCode: child, parentLevel: parentLevel, parentCode: parent),
                        at: location)
                }
                problems.notice(at: location, "gebied '\(child)' heeft twee ouders ('\(kept)' en '\(parent)'): "
                                + "'\(parent == child ? parent : kept)' gebruikt")
                continue
            }
            seen[child] = links.count
            links.append(Located(
                AreaLink(childLevel: childLevel, childCode: child, parentLevel: parentLevel, parentCode: parent),
                at: reader.location(row: row.number, column: childColumn)))
        }
        return links
    }
}
