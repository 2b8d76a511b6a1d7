/// A temporary password for a new member or after a reset: long and random, shown once to the admin,
/// to be changed by the member on their account page.
public enum TemporaryPassword {
    public static func make() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let groups = (0..<4).map { _ in String((0..<5).map { _ in alphabet.randomElement(using: &generator)! }) }
        return groups.joined(separator: "-")
    }
}
