import Platform

/// The write routes of the demad part.
extension WriteRoute {
    static let demad: [WriteRoute] = []
}
