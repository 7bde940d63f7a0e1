import ArgumentParser
import SitrepKit

/// `sitrep generate FILE`: renders a situation file into Markdown and HTML sitreps.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Render a situation file (or an article, extracted first) into a Markdown and an HTML sitrep.",
        discussion: """
            Writes NAME.md and NAME.html beside FILE, or under --output. Writes are atomic. An existing \
            NAME.md or NAME.html is replaced only when sitrep generated it (Markdown beginning with front matter \
            whose first key is sitrep:, HTML with <meta name="generator" content="sitrep">); any other file is \
            left as it is unless --force is given. A FILE that is \
            not .yaml, .yml or .json is read as an article and extracted first, with --id, --crisis, --country, \
            --as-of and --edition as extract takes them; its warnings go to standard error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, all
    }

    @Argument(help: ArgumentHelp("The situation file (.yaml, .yml or .json), or an article.", valueName: "file"))
    var file: String

    @Option(name: .long, help: "Which reports to write.")
    var format: Format = .all

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the reports into this folder.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(
        "The previous edition (a situation file or a generated sitrep): the reports show what changed since it. By default, the edition before FILE in its folder, if there is one.",
        valueName: "file"))
    var previous: String?

    @Flag(name: .long, help: "Replace report files that sitrep did not generate (files without its generator mark).")
    var force = false

    @OptionGroup(title: "Options for an article") var extractionOptions: ExtractionOptions

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if ReportGenerator.isSituationFile(file), let option = extractionOptions.given.first {
            throw ValidationError("\(option) applies only when FILE is an article; \(file) is a situation file, so edit it there")
        }
    }

    func run() throws {
        limitOptions.apply()
        let formats: [ReportFormat] = switch format {
        case .markdown: [.markdown]
        case .html: [.html]
        case .all: [.markdown, .html]
        }
        let generator = ReportGenerator(templates: try templateOptions.templateSet())
        let written: [String]
        if ReportGenerator.isSituationFile(file) {
            // A file that cannot be read is reported by the generator, at its line and column.
            let previousEdition = previous ?? (try? EditionHistory.previousEdition(of: file)) ?? nil
            written = try generator.generate(
                situationAt: file, formats: formats, outputDirectory: output, previousAt: previousEdition, force: force)
        } else {
            let result = try generator.generate(
                articleAt: file, options: extractionOptions.extractorOptions, formats: formats, outputDirectory: output, force: force)
            for warning in result.warnings { Console.error(warning.description) }
            written = result.written
        }
        for path in written {
            Console.line("wrote \(path)")
        }
    }
}
