import Vapor

extension Application {
    /// The platform every pillar runs on: the database, password hashing and the middleware, outermost first.
    /// Security headers reach every answer, errors included; the error middleware turns what the access layer throws
    /// (unknown token, missing sign-in) into answers; overlong addresses are refused before anything reads them; then
    /// who is acting is known to every route. The site's own files (CSS, JavaScript) are served here.
    public func configurePlatform(_ settings: PlatformSettings) throws {
        logger.debug("Database: \(settings.database.redacted)")
        try settings.database.configure(self)
        // Bcrypt for passwords; the services run it on the thread pool, never on an event loop.
        PasswordHashing.configure(cost: settings.bcryptCost)
        passwords.use(.bcrypt(cost: settings.bcryptCost))
        mailSettings = settings.mail
        siteURL = settings.siteURL
        SessionCookie.configure(secure: settings.secureCookies)
        // gzip for text, HTML, JSON, CSV and SVG when the client asks for it (Accept-Encoding).
        http.server.configuration.responseCompression = .enabledForCompressibleTypes
        middleware = .init()
        middleware.use(RequestMetricsMiddleware())
        middleware.use(SecurityHeadersMiddleware())
        middleware.use(LanguageMiddleware())
        middleware.use(APIErrorMiddleware())
        middleware.use(RequestLimitsMiddleware())
        middleware.use(AccessMiddleware())
        try register(collection: AssetController())
        try configureOperations(database: settings.database)
    }
}

/// The site's own CSS and JavaScript, from the platform's bundle; only these names are served.
struct AssetController: RouteCollection {
    static let types = [
        "site.css": "text/css; charset=utf-8", "print.css": "text/css; charset=utf-8",
        "site.js": "text/javascript; charset=utf-8",
    ]

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SitePath.Route.asset.pattern, use: asset)
    }

    @Sendable func asset(req: Request) async throws -> Response {
        let name = try req.parameters.require("name")
        guard let type = Self.types[name],
              let url = Bundle.module.url(forResource: "public/\(name)", withExtension: nil, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw Abort(.notFound, reason: "onbekend bestand") }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
