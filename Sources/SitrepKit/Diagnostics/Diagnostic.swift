/// One finding about a file: `FILE:LINE:COLUMN: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        /// The file is wrong; commands that read it fail.
        case error
        /// Worth a look; the file can still be used.
        case warning
    }

    /// The file, as the user named it.
    public let file: String
    /// Where in the file, when the finding has a place.
    public let location: SourceLocation?
    /// Error or warning.
    public let severity: Severity
    /// What is wrong, in lower case, quoting the user's value.
    public let message: String

    /// Creates a diagnostic.
    public init(file: String, location: SourceLocation?, severity: Severity, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// The finding as one line: `FILE:LINE:COLUMN: error: message`, with any control character
    /// from the file's name or text shown as `�`, so it cannot drive the terminal it is printed on.
    public var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return PrintableText.printable("\(place): \(severity.rawValue): \(message)")
    }
}

/// A file that could not be read as a situation; its diagnostics say where and why.
public struct SituationFileError: Error, Sendable, CustomStringConvertible {
    /// Every error found, in file order.
    public let diagnostics: [Diagnostic]

    /// Creates the error from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Anything else that stops a command: a file that cannot be read or written, a broken template.
public struct SitrepError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, naming the file or template and what was expected.
    public let message: String

    /// Creates the error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
