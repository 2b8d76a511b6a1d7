import Platform

/// The write routes of the register part.
extension WriteRoute {
    static let register: [WriteRoute] = []
}
