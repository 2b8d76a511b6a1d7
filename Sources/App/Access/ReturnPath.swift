import Vapor

extension Request {
    /// A path of our own to go back to after signing in; anything else (another host, `//evil`) becomes the account page.
    func safeReturnPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
              !candidate.hasPrefix(AccessPath.signIn.path)
        else { return AccessPath.account.path }
        return candidate
    }
}
