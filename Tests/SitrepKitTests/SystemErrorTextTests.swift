import Foundation
import XCTest
@testable import SitrepKit

/// A failed write says the system's reason in words.
final class SystemErrorTextTests: XCTestCase {
    func testAKnownErrorNumberIsSaidInWords() {
        XCTAssertEqual(systemErrorText(ENOENT), "No such file or directory")
        XCTAssertEqual(systemErrorText(ENOSPC), "No space left on device")
        XCTAssertEqual(systemErrorText(-1), "Unknown error -1", "an unknown number is still said")
    }
}
