import Foundation
import XCTest

/// Runs the built `sitrep` binary, as a user would, for the end-to-end tests of diff, next and check.
enum SitrepProcess {
    /// What a run of `sitrep` left: its exit code, standard output and standard error.
    struct Result {
        let status: Int32
        let out: String
        let err: String
    }

    /// The built `sitrep` beside the test bundle.
    static var executable: URL { Bundle.main.bundleURL.appendingPathComponent("sitrep") }

    /// Runs `sitrep arguments` in `directory` with `environment` added to (or, with a nil value,
    /// removed from) the test's own and `input` on standard input; standard output and error are pipes.
    static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String?] = [:], input: Data? = nil
    ) throws -> Result {
        let process = configured(arguments, in: directory, environment: environment)
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(input)
            try inPipe.fileHandleForWriting.close()
        }
        // Standard error is read on another thread, so a command that fills one pipe while the test
        // reads the other cannot block both of them for ever.
        let errors = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .exit, "sitrep ended by a signal")
        return Result(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `sitrep arguments` with standard output on a pseudo-terminal, as in an interactive shell;
    /// returns the exit code and what it printed there (line ends as the terminal sends them, `\r\n`).
    static func runOnTerminal(
        _ arguments: [String], in directory: String? = nil, environment: [String: String?] = [:]
    ) throws -> (status: Int32, out: String) {
        guard let terminal = PseudoTerminal.open() else { throw XCTSkip("no pseudo-terminal available") }
        let (master, slave) = terminal
        let process = configured(arguments, in: directory, environment: environment)
        process.standardOutput = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardError = Pipe()
        try process.run()
        close(slave)
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            // Once the child has closed the terminal, reading the master side ends with EIO.
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        close(master)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    private static func configured(_ arguments: [String], in directory: String?, environment: [String: String?]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        return process
    }
}
