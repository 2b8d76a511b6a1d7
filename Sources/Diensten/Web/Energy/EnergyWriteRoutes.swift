import Platform

/// The write routes of the energy part.
extension WriteRoute {
    static let energy: [WriteRoute] = []
}
