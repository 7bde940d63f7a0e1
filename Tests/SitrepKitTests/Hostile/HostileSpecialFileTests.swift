@testable import SitrepKit
import Foundation
import XCTest

/// Files sitrep finds or a situation file names must be regular files: a FIFO as a source's `file:`
/// or among the editions of a crisis once made check and publish wait for ever.
final class HostileSpecialFileTests: XCTestCase {
    private let situation = """
        sitrep: 1
        id: fz
        crisis: C
        country: "NO"
        edition: 1
        as_of: 2031-03-14
        casualties:
          - metric: killed
            count: 5
            source: s
            quote: "5 people"
        sources:
          - id: s
            file: ../../fifo

        """

    /// Opens the FIFO for writing and closes it again every few seconds until stopped, so a reader
    /// blocked on it (the defect this guards against) gets an end of file instead of hanging the tests.
    private final class FIFORelease: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false

        init(path: String, every seconds: Double) {
            Thread.detachNewThread { [self] in
                while true {
                    Thread.sleep(forTimeInterval: seconds)
                    if lock.withLock({ stopped }) { return }
                    let descriptor = open(path, O_WRONLY | O_NONBLOCK)
                    if descriptor >= 0 { close(descriptor) }
                }
            }
        }

        func stop() { lock.withLock { stopped = true } }
    }

    func testAFIFOIsRefusedWithoutWaitingOnIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        XCTAssertEqual(mkfifo(folder.file("fifo"), 0o600), 0)
        try folder.write(situation, to: "R/fz/edition-001.yaml")
        XCTAssertEqual(mkfifo(folder.file("R/fz/edition-002.yaml"), 0o600), 0, "a FIFO among the editions, too")
        let release = FIFORelease(path: folder.file("fifo"), every: 6)
        let releaseEdition = FIFORelease(path: folder.file("R/fz/edition-002.yaml"), every: 6)
        defer { release.stop(); releaseEdition.stop() }

        for arguments in [["check", "R/fz/edition-001.yaml"], ["publish", "R", "-o", "site"]] {
            let start = Date()
            let result = try runSitrep(arguments, in: folder.path)
            XCTAssertLessThan(Date().timeIntervalSince(start), 5, "\(arguments[0]) waited on the FIFO")
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            let output = result.out + result.err
            XCTAssertTrue(output.contains("R/fz/edition-001.yaml:14:11: error: cannot read the stored article '../../fifo'"), output)
            XCTAssertTrue(output.contains("is not a regular file (a pipe, socket or device)"), output)
        }
        XCTAssertThrowsError(try TextFile.read("/dev/zero", regularFileOnly: true)) { error in
            XCTAssertTrue("\(error)".contains("/dev/zero: is not a regular file"), "\(error)")
        }
        let small = InputLimits(maxInputBytes: 1_048_576, maxYAMLDepth: 32, maxYAMLAliases: 8)
        XCTAssertThrowsError(try TextFile.read("/dev/zero", limits: small), "a device the user names is read, to the limit") { error in
            XCTAssertEqual("\(error)", "/dev/zero: holds more than the input size limit of 1 MB (2 MB read before stopping); refused (raise the limit with --max-input-mb)")
        }
    }
}
