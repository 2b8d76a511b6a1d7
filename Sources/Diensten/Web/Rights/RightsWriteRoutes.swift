import Platform

extension WriteRoute {
    static let rights: [WriteRoute] = []
}
