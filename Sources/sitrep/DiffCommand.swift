import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep diff OLD NEW`: what changed between two editions, item by item; exits like diff(1).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two editions: figures, borders, flights, responses, sources, text.",
        discussion: """
            OLD and NEW are situation files (.yaml, .yml, .json) or generated sitreps (.md, .html), in any mix. \
            Items are matched by identity, never by position or formatting. Text output is coloured only on a \
            terminal, and never when NO_COLOR is set. \
            Exit 0 when the editions say the same, 1 when they differ, 2 on trouble (a file that cannot be read, a wrong option).
            """)

    @Argument(help: ArgumentHelp("The earlier edition.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later edition.", valueName: "new"))
    var new: String

    @Option(name: .long, help: "The output format.")
    var format: DiffFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Compare only these categories, comma-separated: \(DiffCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "categories"))
    var only: String?

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if let only {
            do {
                _ = try DiffCategory.parseList(only)
            } catch let error as SitrepError {
                throw ValidationError("--only: \(error.message)")
            }
        }
    }

    func run() throws {
        limitOptions.apply()
        let categories = try only.map(DiffCategory.parseList) ?? Set(DiffCategory.allCases)
        let diff = try SituationDiff.compare(oldPath: old, newPath: new, only: categories)
        let renderer = DiffRenderer(templates: try templateOptions.templateSet())
        let colour = Self.usesColour(
            format: format, isTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        let output = try renderer.render(diff, as: format, colour: colour)
        print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
        if diff.hasChanges { throw ExitCode(ExitStatus.findings) }
    }

    /// Whether to colour the output: text on a terminal, when `NO_COLOR` is unset or empty
    /// (https://no-color.org) and the terminal is not `TERM=dumb`.
    static func usesColour(format: DiffFormat, isTerminal: Bool, environment: [String: String]) -> Bool {
        format == .text && isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }
}

extension DiffFormat: ExpressibleByArgument {}
