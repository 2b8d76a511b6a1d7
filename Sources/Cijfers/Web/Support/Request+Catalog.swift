import Platform
import Vapor

extension Request {
    /// The catalog this request may see: restricted indicators and levels are left out unless the viewer's
    /// organisation is in the access group. Every page, API route and export asks here, never the store directly.
    func catalog() async -> Catalog {
        let principal = principal
        let store = application.catalogStore
        if store.watch.due() {
            // An import or access change elsewhere; a failure to compare is logged and the copy is used.
            do { try await store.compareVersions(from: db) } catch { logger.warning("catalogus niet vergeleken: \(error)") }
        }
        return await application.catalogStore.current(forOrganisation: principal?.organisationID,
                                                      seesEverything: principal?.isPlatformAdmin ?? false)
    }
}

extension Application {
    private struct CatalogStoreKey: StorageKey {
        typealias Value = CatalogStore
    }

    /// The catalog snapshot shared by all requests, set by the Cijfers pillar's `configure`.
    public var catalogStore: CatalogStore {
        get {
            guard let store = storage[CatalogStoreKey.self] else { fatalError("the Cijfers pillar sets the catalog store") }
            return store
        }
        set { storage[CatalogStoreKey.self] = newValue }
    }
}
