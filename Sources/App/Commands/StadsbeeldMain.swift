import Foundation
import Logging
import Platform
import Vapor

/// The `stadsbeeld` command: Vapor's `serve` and `migrate`, `demo`, and every pillar's commands (`import`, `export`,
/// `users`, `tokens`, `organisations`, `maturiteit`, `mail`, …).
public enum StadsbeeldMain {
    /// Runs the command line and returns the exit status: non-zero when the command failed
    /// (Vapor has then already printed the error, with an import's full problem report).
    public static func run() async -> Int32 {
        let app: Application
        do {
            var env = try Environment.detect()
            try LoggingSystem.bootstrap(from: &env)
            app = try await Application.make(env)
        } catch {
            FileHandle.standardError.write(Data("Fout bij het starten: \(error)\n".utf8))
            return 1
        }
        var status: Int32 = 0
        do {
            try await configure(app, settings: try PlatformSettings.fromEnvironment())
            app.asyncCommands.use(DemoCommand(), as: "demo")
            for pillar in app.pillars.all {
                for (name, command) in pillar.commands { app.asyncCommands.use(command, as: name) }
            }
            let command = app.environment.arguments.dropFirst().first ?? "serve"
            if command == "serve" || command.hasPrefix("-") {
                try await app.prepareData()
                app.startMailWorkerWithServer()
            }
            try await app.execute()
        } catch {
            status = 1
        }
        try? await app.asyncShutdown()
        return status
    }
}
