/// What a new password must satisfy. Length matters most, so there is no rule about symbols; the few
/// rules there are reject the passwords that are guessed first. Bcrypt reads at most 72 bytes, so longer ones are refused
/// rather than silently cut.
public struct PasswordPolicy: Sendable {
    public var minimumLength = 12
    public var maximumBytes = 72

    public init() {}

    /// The reasons a password is refused, in Dutch; empty when it is acceptable.
    public func problems(_ password: String, email: String = "", name: String = "") -> [String] {
        var problems: [String] = []
        if password.count < minimumLength { problems.append("kies minstens \(minimumLength) tekens") }
        if password.utf8.count > maximumBytes { problems.append("kies hoogstens \(maximumBytes) bytes (ongeveer \(maximumBytes) letters)") }
        let lower = password.lowercased()
        if Set(lower).count <= 2 && !password.isEmpty { problems.append("gebruik meer verschillende tekens") }
        if Self.common.contains(where: { lower.contains($0) }) { problems.append("vermijd een veelgebruikt wachtwoord") }
        let local = EmailAddress.normalise(email).split(separator: "@").first.map(String.init) ?? ""
        if local.count >= 4 && lower.contains(local) { problems.append("gebruik je e-mailadres niet in je wachtwoord") }
        let firstName = name.lowercased().split(separator: " ").first.map(String.init) ?? ""
        if firstName.count >= 4 && lower.contains(firstName) { problems.append("gebruik je naam niet in je wachtwoord") }
        return problems
    }

    /// Fragments that make a password among the first guessed, whatever surrounds them.
    static let common = ["123456789", "wachtwoord", "password", "azerty", "qwerty", "stadsbeeld", "welkom123", "letmein"]
}
