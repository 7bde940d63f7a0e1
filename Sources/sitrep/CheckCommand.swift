import ArgumentParser
import SitrepKit

/// `sitrep check FILE…`: validates situation files and verifies quotes and notes against stored articles.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate situation files and verify their quotes against the stored articles.",
        discussion: """
            Prints FILE:LINE:COLUMN: error|warning: message for each finding. \
            Exit 0 when no file has errors, 1 when any has, 2 when a file cannot be read.
            """)

    @Argument(help: ArgumentHelp("Situation files (.yaml or .json).", valueName: "file"))
    var files: [String]

    func run() throws {
        var foundErrors = false
        var unreadable = false
        for file in files {
            let diagnostics: [Diagnostic]
            do {
                diagnostics = SituationChecker.check(try SituationReader.load(path: file))
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
