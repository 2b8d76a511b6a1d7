import Platform
import Vapor

/// The commands of the Diensten pillar (`stadsbeeld rights …`, `stadsbeeld leefloon …`).
enum DienstenCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { RightsCommands.all + LeefloonCommands.all + ParkingCommands.all + EnergyCommands.all + RegisterCommands.all
        + DemadCommands.all }
}
