import ArgumentParser
import Foundation
import SitrepKit

/// The `sitrep` command: parses arguments, calls SitrepKit, maps outcomes to exit codes.
@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turn news articles and hand-edited notes into sourced humanitarian situation reports.",
        discussion: """
            Exit codes: 0 success; 1 findings (check found errors, diff found changes); \
            2 bad input or usage (a file that cannot be read, an invalid situation file, a wrong option).
            """,
        subcommands: [
            ExtractCommand.self, GenerateCommand.self, CheckCommand.self, DiffCommand.self, NextCommand.self,
            PublishCommand.self, SchemaCommand.self,
        ])

    /// Runs the command and exits with sitrep's documented codes (ArgumentParser's own are 64 and 1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as SituationFileError {
            Console.error(error.description)
            Foundation.exit(ExitStatus.badInput)
        } catch let error as SitrepError {
            Console.error("sitrep: error: \(error.message)")
            Foundation.exit(ExitStatus.badInput)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(ExitStatus.success)
            }
            Console.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.badInput)
        }
    }
}

/// sitrep's exit codes, as `--help` and the README document them.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let badInput: Int32 = 2
}

/// Output to the terminal.
enum Console {
    /// Writes a message to standard error, with no control character from a file's name or text.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((PrintableText.printableLines(message) + "\n").utf8))
    }

    /// Writes a line to standard output, with no control character from a file's name or text.
    static func line(_ message: String) {
        print(PrintableText.printableLines(message))
    }
}
