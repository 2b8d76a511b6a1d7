import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Why a delivery failed, in words for the admin page; never with the password.
public struct SMTPError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// The server refused the message itself (a 5xx answer to MAIL, RCPT or DATA): trying again will not help.
    public let isPermanent: Bool

    public init(_ description: String, permanent: Bool = false) {
        self.description = description
        self.isPermanent = permanent
    }
}

/// One message on the wire: the envelope and the RFC 5322 text.
public struct SMTPEnvelope: Sendable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var message: String

    public init(from: MailAddress, to: [MailAddress], message: String) {
        self.from = from
        self.to = to
        self.message = message
    }
}

/// A small SMTP client on SwiftNIO: EHLO, STARTTLS (required unless the settings say none), AUTH PLAIN or LOGIN when
/// credentials are set, MAIL FROM, RCPT TO, DATA, QUIT. One connection per message; the whole exchange has a time limit.
public struct SMTPClient: Sendable {
    public let settings: SMTPSettings
    public let group: any EventLoopGroup

    public init(settings: SMTPSettings, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.settings = settings
        self.group = group
    }

    public func send(_ envelope: SMTPEnvelope) async throws {
        do {
            try await sendUnscrubbed(envelope)
        } catch let error as SMTPError {
            throw SMTPError(settings.scrub(error.description), permanent: error.isPermanent)
        } catch {
            throw SMTPError(settings.scrub("\(error)"))
        }
    }

    private func sendUnscrubbed(_ envelope: SMTPEnvelope) async throws {
        let channel: NIOAsyncChannel<String, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(.seconds(Int64(min(settings.timeout, 30))))
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError("geen verbinding met \(settings.host):\(settings.port): \(error)")
        }
        let timeout = settings.timeout
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    var session = Session(settings: settings, channel: channel.channel, lines: inbound.makeAsyncIterator(), outbound: outbound)
                    try await session.run(envelope)
                }
            }
            tasks.addTask {
                try await Task.sleep(for: .seconds(timeout))
                channel.channel.close(promise: nil)
                throw SMTPError("de server antwoordde niet binnen \(Int(timeout)) seconden")
            }
            try await tasks.next()
            tasks.cancelAll()
        }
    }

    /// The AUTH strings made from the password, so they can be scrubbed from any text.
    public static func authSecrets(username: String, password: String) -> [String] {
        [Data("\0\(username)\0\(password)".utf8).base64EncodedString(), Data(password.utf8).base64EncodedString()]
    }

    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// One conversation with the server.
private struct Session {
    public let settings: SMTPSettings
    public let channel: any Channel
    public var lines: NIOAsyncChannelInboundStream<String>.AsyncIterator
    public let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    public struct Reply {
        public let code: Int
        public let lines: [String]
        public var text: String { "\(code) " + lines.joined(separator: " ").prefix(300) }
    }

    public mutating func run(_ envelope: SMTPEnvelope) async throws {
        _ = try await expect([220], after: "verbinden")
        let name = settings.from.domain
        var capabilities = try await command("EHLO \(name)", expect: [250]).lines.dropFirst().map { $0.uppercased() }
        if settings.security == .startTLS {
            guard capabilities.contains(where: { $0 == "STARTTLS" || $0.hasPrefix("STARTTLS ") }) else {
                throw SMTPError("de server biedt geen STARTTLS aan (zet tls=none alleen voor een server op deze machine)")
            }
            _ = try await command("STARTTLS", expect: [220])
            try await startTLS()
            capabilities = try await command("EHLO \(name)", expect: [250]).lines.dropFirst().map { $0.uppercased() }
        }
        if let username = settings.username, let password = settings.password {
            guard settings.security == .startTLS || SMTPClient.isLoopback(settings.host) else {
                throw SMTPError("aanmelden zonder TLS gebeurt alleen bij een server op deze machine")
            }
            try await authenticate(username: username, password: password, capabilities: capabilities)
        }
        _ = try await command("MAIL FROM:<\(envelope.from.value)>", expect: [250], permanentOn5xx: true)
        for recipient in envelope.to {
            _ = try await command("RCPT TO:<\(recipient.value)>", expect: [250, 251], permanentOn5xx: true)
        }
        _ = try await command("DATA", expect: [354], permanentOn5xx: true)
        try await outbound.write(ByteBuffer(string: MailFormat.dotStuffed(envelope.message) + ".\r\n"))
        _ = try await expect([250], after: "het bericht", permanentOn5xx: true)
        // The message is accepted; a failing QUIT changes nothing.
        _ = try? await command("QUIT", expect: [221])
    }

    public mutating func authenticate(username: String, password: String, capabilities: [String]) async throws {
        let mechanisms = Set(capabilities.filter { $0.hasPrefix("AUTH ") || $0.hasPrefix("AUTH=") }
            .flatMap { $0.dropFirst(5).split(separator: " ").map(String.init) })
        if mechanisms.contains("PLAIN") {
            let secret = Data("\0\(username)\0\(password)".utf8).base64EncodedString()
            try await outbound.write(ByteBuffer(string: "AUTH PLAIN \(secret)\r\n"))
            _ = try await expect([235], after: "AUTH PLAIN")
        } else if mechanisms.contains("LOGIN") {
            _ = try await command("AUTH LOGIN", expect: [334])
            try await outbound.write(ByteBuffer(string: Data(username.utf8).base64EncodedString() + "\r\n"))
            _ = try await expect([334], after: "AUTH LOGIN (gebruiker)")
            try await outbound.write(ByteBuffer(string: Data(password.utf8).base64EncodedString() + "\r\n"))
            _ = try await expect([235], after: "AUTH LOGIN")
        } else {
            throw SMTPError("de server biedt geen AUTH PLAIN of LOGIN aan")
        }
    }

    public func startTLS() async throws {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = settings.trustedCertificatesFile { configuration.additionalTrustRoots = [.file(file)] }
        let context = try NIOSSLContext(configuration: configuration)
        // SNI takes a name, not an address.
        let host = settings.host
        let hostname: String? = (try? SocketAddress(ipAddress: host, port: 0)) == nil ? host : nil
        let channel = self.channel
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(
                try NIOSSLClientHandler(context: context, serverHostname: hostname), position: .first)
        }.get()
    }

    public mutating func command(_ line: String, expect codes: Set<Int>, permanentOn5xx: Bool = false) async throws -> Reply {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        return try await expect(codes, after: String(line.prefix(40)), permanentOn5xx: permanentOn5xx)
    }

    public mutating func expect(_ codes: Set<Int>, after step: String, permanentOn5xx: Bool = false) async throws -> Reply {
        let reply = try await readReply(after: step)
        guard codes.contains(reply.code) else {
            throw SMTPError("\(step): de server antwoordde \(reply.text)", permanent: permanentOn5xx && reply.code >= 500)
        }
        return reply
    }

    public mutating func readReply(after step: String) async throws -> Reply {
        var texts: [String] = []
        while true {
            let next: String?
            do {
                next = try await lines.next()
            } catch {
                throw SMTPError("\(step): \(error)")
            }
            guard let line = next else { throw SMTPError("\(step): de server sloot de verbinding") }
            guard line.utf8.count >= 3, let code = Int(line.prefix(3)) else {
                throw SMTPError("\(step): onverwacht antwoord '\(line.prefix(100))'")
            }
            texts.append(String(line.dropFirst(4)))
            let separator = line.dropFirst(3).first
            if separator == nil || separator == " " { return Reply(code: code, lines: texts) }
            guard texts.count < 200 else { throw SMTPError("\(step): antwoord zonder einde") }
        }
    }
}

/// Splits what the server sends into lines without their CRLF.
public struct SMTPLineDecoder: ByteToMessageDecoder {
    public typealias InboundOut = String

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
            guard buffer.readableBytes <= 8192 else { throw SMTPError("een regel van de server is te lang") }
            return .needMoreData
        }
        let length = newline - view.startIndex + 1
        var bytes = buffer.readBytes(length: length) ?? []
        while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { bytes.removeLast() }
        context.fireChannelRead(wrapInboundOut(String(decoding: bytes, as: UTF8.self)))
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}
