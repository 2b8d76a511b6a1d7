import CompressNIO
import Foundation
import NIOCore

/// Reads one part of a zip file: stored parts as they are, deflated parts inflated with zlib (CompressNIO).
///
/// Inflating cannot loop: the compressed bytes come from the directory's size and no further; every call to zlib
/// must consume input or produce output, and a stream that has not ended when its bytes are used up is damaged.
/// So the number of calls is bounded by the compressed size plus the output the caller accepts (`consume` throws
/// to stop it, as the xlsx limits do). Replaces ZIPFoundation's Linux inflate, which spun for ever on a stream
/// that never ends (docs/reliability.md).
enum ZipPartReader {
    /// The part cannot be read: its local header, compression method or data is damaged, or it is encrypted.
    struct Damaged: Error {}

    /// Compressed bytes read from the file at a time.
    static let inputChunk = 64 * 1024
    /// Inflated bytes handed to `consume` at a time, at most.
    static let outputChunk = 256 * 1024

    /// Calls `consume` with the part's bytes in order, in chunks of at most `outputChunk`. Errors thrown by
    /// `consume` stop reading and are passed on; anything wrong with the part itself is `Damaged`.
    static func read(_ entry: ZipDirectory.Entry, in directory: ZipDirectory,
                     consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard !entry.isEncrypted else { throw Damaged() }
        let file = open(directory.path, O_RDONLY)
        guard file >= 0 else { throw Damaged() }
        defer { close(file) }
        guard let start = directory.dataOffset(of: entry, file: file) else { throw Damaged() }
        var source = Source(file: file, offset: start, remaining: entry.compressedSize)
        switch entry.method {
        case 0:
            var chunk = ByteBufferAllocator().buffer(capacity: inputChunk)
            while source.remaining > 0 {
                try source.refill(&chunk)
                try chunk.withUnsafeReadableBytes { try consume($0) }
            }
        case 8:
            try inflate(&source, consume: consume)
        default:
            throw Damaged()
        }
    }

    private enum Outcome {
        /// zlib returned normally: the stream ended, or it used all the input it was given.
        case returned
        /// The output chunk is full; more may follow.
        case outputFull
        /// zlib needs more input to go on.
        case needsInput
    }

    private static func inflate(_ source: inout Source, consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        let inflater: ZlibDecompressor
        do {
            inflater = try ZlibDecompressor(algorithm: .deflate, windowSize: 15)
        } catch {
            throw Damaged()
        }
        // Allocated once: an empty buffer still has storage, which zlib is given a pointer into.
        var input = ByteBufferAllocator().buffer(capacity: inputChunk)
        var output = ByteBufferAllocator().buffer(capacity: outputChunk)
        var confirming = false
        var idleCalls = 0
        while true {
            if input.readableBytes == 0 && source.remaining > 0 {
                try source.refill(&input)
            }
            output.clear()
            let inputBefore = input.readableBytes
            let outcome: Outcome
            do {
                try inflater.inflate(from: &input, to: &output)
                outcome = .returned
            } catch let error as CompressNIOError where error == .bufferOverflow {
                outcome = .outputFull
            } catch let error as CompressNIOError where error == .inputBufferOverflow {
                outcome = .needsInput
            } catch {
                throw Damaged()
            }
            if output.readableBytes > 0 {
                try output.withUnsafeReadableBytes { try consume($0) }
            }
            let progressed = output.readableBytes > 0 || input.readableBytes != inputBefore
            idleCalls = progressed ? 0 : idleCalls + 1
            // Two calls in a row without progress cannot be a healthy stream (the confirming call below is one).
            guard idleCalls < 2 else { throw Damaged() }
            switch outcome {
            case .outputFull:
                continue
            case .needsInput:
                // The stream has not ended and its compressed bytes are used up.
                guard source.remaining > 0 else { throw Damaged() }
            case .returned:
                // Input left over: only the end of the stream stops zlib before its input is used.
                if input.readableBytes > 0 { return }
                if source.remaining > 0 { continue }
                // All bytes used: one more call without input tells an ended stream (it returns again) from a
                // cut one (it asks for more input, which is damaged).
                if confirming { return }
                confirming = true
            }
        }
    }

    /// The compressed bytes of one part, read from the file in chunks and never past the directory's size.
    private struct Source {
        let file: Int32
        var offset: UInt64
        var remaining: UInt64

        mutating func refill(_ buffer: inout NIOCore.ByteBuffer) throws {
            buffer.clear()
            let wanted = Int(min(UInt64(ZipPartReader.inputChunk), remaining))
            var done = 0
            while done < wanted {
                let position = off_t(offset) + off_t(done)
                var interrupted = false
                let n = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: wanted - done) { bytes in
                    let read = pread(file, bytes.baseAddress!, wanted - done, position)
                    interrupted = read < 0 && errno == EINTR
                    return max(read, 0)
                }
                if interrupted { continue }
                // The directory promised these bytes (checked against the file size): a short read is damage.
                guard n > 0 else { throw Damaged() }
                done += n
            }
            offset += UInt64(wanted)
            remaining -= UInt64(wanted)
        }
    }
}
