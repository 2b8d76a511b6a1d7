import Platform
import Vapor

/// The demo data of the Diensten pillar: the demo catalogue of rights and the screening rules.
enum DienstenDemo {
    static func load(into app: Application) async throws -> String? {
        let parts = [try await RightsDemo.load(into: app), try await ScreeningSeed.load(into: app), try await ParkingDemo.load(into: app),
                     try await EnergyDemo.load(into: app), try await RegisterDemo.load(into: app), try await DemadDemo.load(into: app)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
