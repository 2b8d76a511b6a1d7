import Foundation
import Logging
import Storage
import Vapor

/// The `stadsbeeld` command: Vapor's `serve` and `migrate`, and our `import`, `export` and `demo`.
public enum StadsbeeldMain {
    public static func run() async -> Int32 {
        do {
            var env = try Environment.detect()
            try LoggingSystem.bootstrap(from: &env)
            let app = try await Application.make(env)
            defer { Task { try? await app.asyncShutdown() } }
            do {
                try await configure(app)
                app.asyncCommands.use(ImportCommand(), as: "import")
                app.asyncCommands.use(ExportCommand(), as: "export")
                app.asyncCommands.use(DemoCommand(), as: "demo")
                let command = env.arguments.dropFirst().first ?? "serve"
                if command == "serve" || command.hasPrefix("-") { try await prepareData(app) }
                try await app.execute()
                try await app.asyncShutdown()
                return 0
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        } catch let failure as ImportFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            return 1
        } catch {
            FileHandle.standardError.write(Data(("Fout: \(error)\n").utf8))
            return 1
        }
    }
}
