/// A record the audit trail can describe: what it is called and how it looks, field by field, in plain words.
/// Snapshots taken before and after a change give the before → after the trail shows.
public protocol Auditable {
    static var auditEntityType: String { get }
    var auditID: String { get }
    var auditSnapshot: [String: String] { get }
}
