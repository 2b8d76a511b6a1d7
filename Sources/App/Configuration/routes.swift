import Vapor

/// Every route, registered from the typed paths so that links and routes cannot drift apart.
func registerRoutes(_ app: Application) throws {
    try app.register(collection: APIController())
    try app.register(collection: SwingODataController())
    try app.register(collection: SwingSelectionTableController())
    try app.register(collection: SiteController())
    try app.register(collection: ImportAPIController())
    try app.register(collection: AccountController())
    try app.register(collection: MembersController())
    try app.register(collection: AdminController())
    try app.register(collection: MailAdminController())
    try app.register(collection: MaturiteitController())
}
