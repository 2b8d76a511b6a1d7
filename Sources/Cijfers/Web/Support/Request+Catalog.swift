import Platform
import Vapor

extension Request {
    /// The catalog this request may see: restricted indicators and levels are left out unless the viewer's
    /// organisation is in the access group. Every page, API route and export asks here, never the store directly.
    func catalog() async -> Catalog {
        let principal = principal
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
