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
            // LOG_FORMAT=json: one JSON object per line (docs/operations.md); otherwise Vapor's console lines.
            if LogFormat.fromEnvironment() == .json {
                try LoggingSystem.bootstrap(from: &env) { level in { label in JSONLogHandler(label: label, level: level) } }
            } else {
                try LoggingSystem.bootstrap(from: &env)
            }
            app = try await Application.make(env)
        } catch {
            FileHandle.standardError.write(Data("Fout bij het starten: \(error)\n".utf8))
            return 1
        }
        var status: Int32 = 0
        do {
            try await configure(app, settings: try PlatformSettings.fromEnvironment())
            app.asyncCommands.use(DemoCommand(), as: "demo")
            app.asyncCommands.use(BackupCommand(), as: "backup")
            app.asyncCommands.use(RestoreCommand(), as: "restore")
            for pillar in app.pillars.all {
                for (name, command) in pillar.commands { app.asyncCommands.use(command, as: name) }
            }
            let command = app.environment.arguments.dropFirst().first ?? "serve"
            let serves = command == "serve" || command.hasPrefix("-")
            if serves {
                try await app.prepareData()
                app.startMailWorkerWithServer()
            }
            try await app.execute()
            // Running requests finish before the databases close (docs/operations.md, graceful stop).
            if serves { await app.finishServing() }
        } catch {
            status = 1
        }
        try? await app.asyncShutdown()
        return status
    }
}
