import Platform
import Vapor

/// The commands of the parking part.
enum ParkingCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [] }
}
