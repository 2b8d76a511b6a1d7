import Platform

/// The write routes of the parking part.
extension WriteRoute {
    static let parking: [WriteRoute] = []
}
