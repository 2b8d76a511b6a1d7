import Platform
import Vapor

/// The commands of the register part.
enum RegisterCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [] }
}
