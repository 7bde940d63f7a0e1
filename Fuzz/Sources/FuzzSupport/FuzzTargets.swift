import Foundation
import SitrepKit

/// The body of each fuzz target. The inputs they find are kept in Fuzz/crashes/TARGET/ and replayed
/// by the main package's HostileFuzzRegressionTests (from Tests/SitrepKitTests/Fixtures/hostile/fuzz/).
public enum FuzzTargets {
    /// `Count(parsing:)`: never crashes; a parsed count parses again, from its own text, to itself,
    /// and never has its low bound above its high one.
    public static func count(_ input: FuzzInput) {
        guard let count = Count(parsing: input.text) else { return }
        if let low = count.low, let high = count.high {
            fuzzCheck(low <= high, "count '\(input.text)' has low \(low) above high \(high)")
        }
        fuzzCheck(Count(parsing: count.text) == count, "count '\(input.text)' does not parse back from its text '\(count.text)'")
    }

    /// `SituationReader.read(text:path:)`: never crashes; a situation it accepts is written as YAML
    /// and JSON, and both read back to the same situation; it renders as HTML and Markdown.
    public static func situation(_ input: FuzzInput) {
        guard let document = try? SituationReader.read(text: input.text, path: "fuzz.yaml") else { return }
        let situation = document.situation
        for (text, path) in [(SituationWriter.yaml(situation), "again.yaml"), (SituationWriter.json(situation), "again.json")] {
            do {
                let again = try SituationReader.read(text: text, path: path).situation
                fuzzCheck(again == situation, "\(path) reads back to a different situation")
            } catch {
                fuzzCheck(false, "\(path), written from an accepted situation, is refused: \(error)")
            }
        }
        let renderer = ReportRenderer(templates: templates)
        _ = try? renderer.render(situation, as: .html, fileName: "fuzz.yaml")
        _ = try? renderer.render(situation, as: .markdown, fileName: "fuzz.yaml")
    }

    /// `ArticleReader.read(data:path:)` then `Extractor().extract`: never crashes, whatever the
    /// format (the first byte picks it).
    public static func article(_ input: FuzzInput) {
        guard let first = input.data.first else { return }
        let formats: [(ArticleReader.Format?, String)] = [(nil, "fuzz.txt"), (.html, "fuzz.html"), (.jsonl, "fuzz.jsonl"), (.notes, "fuzz.md")]
        let (format, path) = formats[Int(first) % formats.count]
        guard let output = try? ArticleReader.read(data: input.data.dropFirst(), path: path, format: format) else { return }
        let result = Extractor(options: .init(asOf: SitrepDate("2010-06-12"))).extract(output.articles)
        _ = SituationWriter.yaml(result.situation)
    }

    /// `SituationDiff` of two situations read from the halves of the input: never crashes, and an
    /// edition compared with itself has no changes.
    public static func diff(_ input: FuzzInput) {
        let (oldText, newText) = input.halves
        guard let old = try? SituationReader.read(text: oldText, path: "old.yaml"),
              let new = try? SituationReader.read(text: newText, path: "new.yaml")
        else { return }
        let diff = SituationDiff(old: old, new: new)
        let renderer = DiffRenderer(templates: templates)
        for format in DiffFormat.allCases { _ = try? renderer.render(diff, as: format) }
        fuzzCheck(!SituationDiff(old: old, new: old).hasChanges, "an edition compared with itself has changes")
    }

    /// The built-in templates, loaded once.
    static let templates: TemplateSet = try! TemplateSet.builtIn()
}
