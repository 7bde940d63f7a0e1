import Foundation
import XCTest
@testable import SitrepKit

/// Runs the extractor over `../shared/corpus` when it is there (skips cleanly otherwise): nothing
/// crashes, no distractor the corpus names comes out as a figure, and every quote is a sentence of its article.
final class ExtractionCorpusTests: XCTestCase {
    func testCorpusQuotesAndDistractors() throws {
        let corpus = TestPaths.shared.appendingPathComponent("corpus")
        let gold = corpus.appendingPathComponent("gold.tsv").path
        guard FileManager.default.fileExists(atPath: gold) else { throw XCTSkip("../shared/corpus is absent") }
        let rows = try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let files = Set(rows.map { $0[0] })
        for file in files {
            let path = corpus.appendingPathComponent("articles/\(file)").path
            let output = try ArticleReader.read(path: path)
            let situation = Extractor().extract(output.articles).situation
            let text = ArticleText.normalized(try String(contentsOfFile: path, encoding: .utf8))
            for (itemPath, item) in situation.sourcedItems {
                let quote = try XCTUnwrap(item.quote)
                XCTAssertTrue(text.contains(ArticleText.normalized(quote)), "\(file) \(itemPath): \(quote)")
            }
            for row in rows where row[0] == file && row[1] == "distractor" {
                let sentence = ArticleText.normalized(row[5])
                let hits = situation.figures.filter { ArticleText.normalized($0.quote ?? "") == sentence && $0.count.isKnown }
                for hit in hits {
                    XCTAssertFalse(row[2].lowercased().contains(hit.count.text.split(separator: " ").last.map(String.init) ?? "\u{0}"),
                                   "\(file): distractor \(row[2]) extracted as \(hit.metric.rawValue) \(hit.count.text)")
                }
            }
        }
    }
}
