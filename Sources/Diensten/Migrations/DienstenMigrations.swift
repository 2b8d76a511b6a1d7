import Fluent

/// The Diensten migrations, in order; names pinned ("Diensten.M0xx"), new ones appended. Each part keeps its own
/// numbers: Rights M051–M053, Screening M054–M056, Leefloon M057–M059,
/// Parking M060–M064, Energy M065–M067, Register M068–M072, Demad M073–M075.
enum DienstenMigrations {
    static let all: [any Migration] = RightsMigrations.all + ScreeningMigrations.all + LeefloonMigrations.all + ParkingMigrations.all + EnergyMigrations.all
        + RegisterMigrations.all + DemadMigrations.all
}
