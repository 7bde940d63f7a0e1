import ArgumentParser
import SitrepKit

/// `sitrep check FILE…`: validates situation files and verifies quotes and notes against stored articles.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate situation files and verify their quotes against the stored articles.",
        discussion: """
            Prints FILE:LINE:COLUMN: error|warning: message for each finding. Each file is also compared \
            with its previous edition, given with --previous or else the situation file of the same crisis \
            in its folder with the highest edition number below its own. \
            Exit 0 when no file has errors, 1 when any has, 2 when a file cannot be read.
            """)

    @Argument(help: ArgumentHelp("Situation files (.yaml, .yml or .json), or sitreps generated from them (.md, .html).", valueName: "file"))
    var files: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The previous edition to compare FILE with (a situation file or a generated sitrep); only with one FILE.",
            valueName: "file"))
    var previous: String?

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if previous != nil, files.count != 1 {
            throw ValidationError("--previous compares one file with its previous edition; give one FILE, not \(files.count)")
        }
    }

    func run() throws {
        limitOptions.apply()
        let previousEdition = try previous.map { try EditionReader.load(path: $0) }
        var foundErrors = false
        var unreadable = false
        for file in files {
            let diagnostics: [Diagnostic]
            do {
                // A generated sitrep is checked through the situation it carries.
                let document = switch EditionReader.Kind(path: file) {
                case .markdownSitrep, .htmlSitrep: try EditionReader.load(path: file)
                case .situation, nil: try SituationReader.load(path: file)
                }
                diagnostics = SituationChecker.checkWithHistory(document, given: previousEdition)
            } catch let error as SituationFileError {
                diagnostics = error.diagnostics
            } catch let error as SitrepError {
                Console.error("sitrep: error: \(error.message)")
                unreadable = true
                continue
            }
            for diagnostic in diagnostics {
                print(diagnostic.description)
            }
            foundErrors = foundErrors || diagnostics.contains { $0.severity == .error }
        }
        if unreadable { throw ExitCode(ExitStatus.badInput) }
        if foundErrors { throw ExitCode(ExitStatus.findings) }
    }
}
