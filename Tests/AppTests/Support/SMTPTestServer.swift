import Foundation
import Testing

/// A real SMTP server (aiosmtpd, systemtests/smtp_server.py) in a subprocess on loopback. Every accepted message is a
/// file in `directory`.
final class SMTPTestServer: @unchecked Sendable {
    struct Received {
        let from: String
        let to: [String]
        let tls: Bool
        let login: String?
        let message: String
    }

    let port: Int
    let directory: URL
    private let process: Process

    /// Starts the server and waits until it listens. `tls` is (certificate, key) in PEM; it then requires STARTTLS.
    init(port: Int, tls: (cert: String, key: String)? = nil, user: String? = nil, password: String? = nil) throws {
        self.port = port
        directory = try Fixtures.temporaryDirectory()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", Fixtures.repositoryRoot.appendingPathComponent("systemtests/smtp_server.py").path,
                         "--port", String(port), "--dir", directory.path]
        if let tls { arguments += ["--cert", tls.cert, "--key", tls.key] }
        if let user, let password { arguments += ["--user", user, "--password", password] }
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // A guard, not a timing: the server is normally up within a second.
        let ready = directory.appendingPathComponent("ready")
        for _ in 0..<400 where !FileManager.default.fileExists(atPath: ready.path) {
            guard process.isRunning else { throw TestServerError(description: "smtp_server.py stopped (is aiosmtpd installed?)") }
            usleep(50_000)
        }
        guard FileManager.default.fileExists(atPath: ready.path) else {
            stop()
            throw TestServerError(description: "smtp_server.py did not start")
        }
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The messages received so far, in order.
    func received() throws -> [Received] {
        var messages: [Received] = []
        var number = 1
        while FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(number).json").path) {
            let info = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("\(number).json"))) as! [String: Any]
            let message = try String(contentsOf: directory.appendingPathComponent("\(number).eml"), encoding: .utf8)
            messages.append(Received(from: info["from"] as? String ?? "", to: info["to"] as? [String] ?? [],
                                     tls: info["tls"] as? Bool ?? false, login: info["login"] as? String, message: message))
            number += 1
        }
        return messages
    }

    struct TestServerError: Error, CustomStringConvertible { let description: String }

    /// A port nothing listens on right now.
    static func freePort() throws -> Int {
        let output = try run(["python3", "-c",
                              "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); s.close()"])
        return try #require(Int(output.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// A self-signed certificate for localhost: (certificate, key) paths in `directory`.
    static func selfSignedCertificate(in directory: URL) throws -> (cert: String, key: String) {
        let cert = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        _ = try run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                     "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
        return (cert, key)
    }

    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestServerError(description: "\(arguments[0]) failed") }
        return String(decoding: data, as: UTF8.self)
    }
}
