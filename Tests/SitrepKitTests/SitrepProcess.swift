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
    /// removed from) the test's own; standard output and error are pipes.
    static func run(
        _ arguments: [String], in directory: String? = nil, environment: [String: String?] = [:]
    ) throws -> Result {
        let process = configured(arguments, in: directory, environment: environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
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

/// Opens a pseudo-terminal through the C library's `posix_openpt`, `unlockpt` and `ptsname_r`, which
/// Swift's Glibc module does not import (they need `_XOPEN_SOURCE`).
enum PseudoTerminal {
    private typealias OpenFunction = @convention(c) (Int32) -> Int32
    private typealias UnlockFunction = @convention(c) (Int32) -> Int32
    private typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    /// The master and slave descriptors of a new pseudo-terminal, or nil when there is none.
    static func open() -> (master: Int32, slave: Int32)? {
        guard let library = dlopen(nil, RTLD_NOW),
              let openSymbol = dlsym(library, "posix_openpt"), let unlockSymbol = dlsym(library, "unlockpt"),
              let nameSymbol = dlsym(library, "ptsname_r")
        else { return nil }
        let openMaster = unsafeBitCast(openSymbol, to: OpenFunction.self)
        let unlock = unsafeBitCast(unlockSymbol, to: UnlockFunction.self)
        let name = unsafeBitCast(nameSymbol, to: NameFunction.self)
        let master = openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var buffer = [CChar](repeating: 0, count: 256)
        guard unlock(master) == 0, name(master, &buffer, buffer.count) == 0 else {
            close(master)
            return nil
        }
        let path = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = Glibc.open(path, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            return nil
        }
        return (master, slave)
    }
}

/// A fresh folder under the temporary directory, removed by `remove()`.
struct TemporaryFolder {
    /// The folder's path.
    let path: String

    /// Creates the folder.
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// `path/name`.
    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Writes `text` to `name` in the folder; returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let file = file(name)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// Copies the file at `source` into the folder as `name`; returns its path.
    @discardableResult
    func copy(_ source: String, to name: String) throws -> String {
        try write(try String(contentsOfFile: source, encoding: .utf8), to: name)
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
