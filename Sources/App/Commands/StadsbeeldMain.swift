import Foundation
import Logging
import Storage
import Vapor

/// The `stadsbeeld` command: Vapor's `serve` and `migrate`, and our `import`, `export`, `demo`, `users`, `tokens`, `organisations`.
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
            try await configure(app)
            app.mailSettings = try SMTPSettings.fromEnvironment()
            app.asyncCommands.use(ImportCommand(), as: "import")
            app.asyncCommands.use(ExportCommand(), as: "export")
            app.asyncCommands.use(DemoCommand(), as: "demo")
            app.asyncCommands.use(UsersCommand(), as: "users")
            app.asyncCommands.use(TokensCommand(), as: "tokens")
            app.asyncCommands.use(OrganisationsCommand(), as: "organisations")
            app.asyncCommands.use(MaturiteitCommand(), as: "maturiteit")
            app.asyncCommands.use(MailCommand(), as: "mail")
            let command = app.environment.arguments.dropFirst().first ?? "serve"
            if command == "serve" || command.hasPrefix("-") {
                try await prepareData(app)
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
