import Platform
import Vapor

/// The commands of the demad part.
enum DemadCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [] }
}
