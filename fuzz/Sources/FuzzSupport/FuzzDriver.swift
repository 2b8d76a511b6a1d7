#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libFuzzer's entry point for programs that keep their own `main`: a target's main.swift hands its test
/// function to libFuzzer here. (A library-style `LLVMFuzzerTestOneInput` would need SwiftPM to build an
/// executable without a main, which it does not.)
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

public enum Fuzz {
    public typealias Test = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    public static func run(_ test: Test) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, test))
    }

    /// The readers under test open files by path, as the importer does; each input is written to a file of
    /// this process in /dev/shm (memory, so the file system is not the bottleneck).
    public static func file(_ data: UnsafePointer<UInt8>?, _ size: Int, suffix: String) -> String {
        let directory = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        let path = "\(directory)/stadsbeeld-fuzz-\(getpid())\(suffix)"
        guard let stream = fopen(path, "wb") else { fatalError("cannot write \(path)") }
        if let data, size > 0 { fwrite(data, 1, size, stream) }
        fclose(stream)
        return path
    }
}
