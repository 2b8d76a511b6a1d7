import Platform
import Fluent
import Foundation

/// One import as it landed: what came in, from which files, and what it counted.
final class ImportRunModel: Model, @unchecked Sendable {
    static let schema = "import_runs"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "finished_at") var finishedAt: Date
    @Field(key: "files") var files: String
    /// SHA-256 of the files' bytes, in order, so a re-upload of the same file is recognisable.
    @Field(key: "checksum") var checksum: String
    @Field(key: "mode") var mode: String
    @Field(key: "rows") var rows: Int
    @Field(key: "values_written") var valuesWritten: Int
    @Field(key: "values_aggregated") var valuesAggregated: Int

    init() {}
}
