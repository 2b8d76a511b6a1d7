import Foundation

/// Path data drawn for a map once and handed out again: the outlines of the areas do not change between requests, only
/// their fills and tooltips do, so a page keeps one memo per level and data version (the page's geometry cache) and a
/// second map of the same areas at the same size does no geometry work.
///
/// Entries are keyed by what the caller says the shape is (an area's id at the memo's level, or a context group's key)
/// together with the projection it was drawn with, which carries the frame and the drawn size. The caller promises that
/// a key names the same geometry for as long as the memo lives; a new data version gets a new memo.
public final class MapPathMemo: @unchecked Sendable {
    struct Key: Hashable {
        let shape: String
        let projection: MapProjection
    }

    private let lock = NSLock()
    /// nil stored as "": a shape without polygons is remembered as having no path.
    private var paths: [Key: String] = [:]
    private var bounds: [String: GeoBounds] = [:]
    /// Above this many paths the memo starts again (many frames of one level: every city's wijken at two sizes).
    private let limit: Int

    public init(limit: Int = 40_000) {
        self.limit = limit
    }

    /// How many paths the memo holds (for tests).
    public var count: Int {
        lock.withLock { paths.count }
    }

    /// The path data for `shape` drawn with `projection`, made by `make` the first time.
    func path(_ shape: String, projection: MapProjection, make: () -> String?) -> String? {
        let key = Key(shape: shape, projection: projection)
        if let known = lock.withLock({ paths[key] }) { return known.isEmpty ? nil : known }
        let made = make()
        lock.withLock {
            if paths.count >= limit { paths.removeAll(keepingCapacity: true) }
            paths[key] = made ?? ""
        }
        return made
    }

    /// The bounds of `shape`, computed by `make` the first time (they take a pass over every point).
    func bounds(_ shape: String, make: () -> GeoBounds) -> GeoBounds {
        if let known = lock.withLock({ bounds[shape] }) { return known }
        let made = make()
        lock.withLock { bounds[shape] = made }
        return made
    }
}
