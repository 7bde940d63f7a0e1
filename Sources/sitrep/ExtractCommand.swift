import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep extract ARTICLE…`: reads articles into a situation file, every fact quoted.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read articles (text, HTML, JSON Lines, field notes) into a situation file.",
        discussion: """
            Every figure, border, flight, response, measure and allegation comes with its source and the \
            sentence it came from; no number is taken that the text does not hold. Warnings go to standard \
            error. Review the result by hand, then run sitrep check and sitrep generate.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case yaml, json, jsonl
    }

    @Argument(help: ArgumentHelp("Article files; - reads standard input.", valueName: "article"))
    var articles: [String]

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the situation file here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "yaml, json, or jsonl (one situation per article, one per line).")
    var format: Format = .yaml

    @Flag(name: .long, help: "Replace the output file if it exists (without it, an existing file is never written over).")
    var force = false

    @OptionGroup var extractionOptions: ExtractionOptions

    @OptionGroup var limitOptions: LimitOptions

    func run() throws {
        limitOptions.apply()
        if let output { try ExtractionJob.checkOutput(output, isNoneOf: articles) }
        if let output, !force, FileManager.default.fileExists(atPath: output) {
            throw SitrepError("\(output): already exists; pass --force to replace it")
        }
        let options = extractionOptions.extractorOptions
        let folder = output.map { FilePath.folder(of: $0) } ?? ""
        let job = ExtractionJob(options: options, outputFolder: folder.isEmpty ? FileManager.default.currentDirectoryPath : folder)
        let showProgress = articles.count > 1 && isatty(STDERR_FILENO) != 0
        let result = try job.run(paths: articles, onePerArticle: format == .jsonl) { number, total, path in
            if showProgress { FileHandle.standardError.write(Data("\rextracting \(number)/\(total): \(PrintableText.printable(path))\u{1B}[K".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for warning in result.warnings { Console.error(warning.description) }
        let text: String = switch format {
        case .yaml: SituationWriter.yaml(result.situations[0])
        case .json: SituationWriter.json(result.situations[0])
        case .jsonl: result.situations.map { SituationWriter.jsonLine($0) + "\n" }.joined()
        }
        if let output {
            if force { try AtomicFile.write(text, to: output) } else { try AtomicFile.create(text, at: output) }
            Console.error("wrote \(output)")
        } else {
            print(text, terminator: "")
        }
    }
}
