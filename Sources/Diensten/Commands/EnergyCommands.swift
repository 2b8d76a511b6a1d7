import Platform
import Vapor

/// The commands of the energy part.
enum EnergyCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [] }
}
