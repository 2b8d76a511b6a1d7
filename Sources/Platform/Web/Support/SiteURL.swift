import Foundation
import Vapor

/// The site's public address, for the absolute links a mail needs (a page links with paths only).
public enum SiteURL {
    /// `https://host[:port][/prefix]` without a trailing slash; nil for anything that is not an http(s) address.
    public static func normalised(_ text: String?) -> String? {
        guard var value = text?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        while value.hasSuffix("/") { value.removeLast() }
        guard let components = URLComponents(string: value), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil else { return nil }
        return value
    }

    /// A Host header that is only a host name or address with an optional port (nothing that could end a URL early).
    static func isPlainHost(_ host: String) -> Bool {
        !host.isEmpty && host.count <= 255
            && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
    }
}

extension Application {
    private struct SiteURLKey: StorageKey { typealias Value = String }

    /// `STADSBEELD_SITE_URL`, as the configuration read it (nil when not set).
    public var siteURL: String? {
        get { storage[SiteURLKey.self] }
        set { storage[SiteURLKey.self] = newValue }
    }
}

extension Request {
    /// The address to put before a path in a mail: the configured site address, otherwise the scheme and Host this
    /// request came in on (only a plain host name is taken from the header; anything else gives localhost).
    public var siteBaseURL: String {
        if let configured = application.siteURL { return configured }
        let scheme = SecurityHeadersMiddleware.overTLS(self) ? "https" : "http"
        let host = headers.first(name: .host).flatMap { SiteURL.isPlainHost($0) ? $0 : nil } ?? "localhost"
        return "\(scheme)://\(host)"
    }
}
