import Foundation
import Yams

/// Reads situation files (YAML, or JSON of the same structure) strictly: every problem is an
/// error at the file, line and column of the value, saying what was expected.
public enum SituationReader {
    /// Reads and validates the situation file at `path`.
    /// - Parameters:
    ///   - limits: the size, nesting and alias limits (see ``InputLimits``).
    ///   - regularFileOnly: refuse a pipe, socket or device without waiting on it: for files found
    ///     in a folder, which the user did not name.
    /// - Throws: ``SituationFileError`` with every error found (a limit passed is one, and so is a
    ///   byte that is not UTF-8, at its line and column), or ``SitrepError`` when the file cannot be
    ///   read or is larger than the size limit.
    public static func load(path: String, limits: InputLimits = .current, regularFileOnly: Bool = false) throws -> SituationDocument {
        let data = try BoundedInput.contents(ofFile: path, limits: limits, regularFileOnly: regularFileOnly)
        let text: String
        do {
            text = try TextFile.decodeLocatingInvalidBytes(data, path: path)
        } catch let invalid as InvalidUTF8 {
            throw SituationFileError(diagnostics: [invalid.diagnostic])
        }
        return try read(text: text, path: path, limits: limits)
    }

    /// Reads and validates a situation from text; `path` names it in diagnostics.
    /// - Parameter limits: the nesting and alias limits (see ``InputLimits``); the size of `text` is the caller's.
    /// - Throws: ``SituationFileError`` with every error found.
    public static func read(text: String, path: String, limits: InputLimits = .current) throws -> SituationDocument {
        let root: Node
        do {
            guard let composed = try YAMLGuard.compose(text, path: path, limits: limits) else {
                throw SituationFileError(diagnostics: [
                    Diagnostic(file: path, location: nil, severity: .error, message: "the file is empty; a situation needs at least sitrep, id, crisis, country, edition and as_of")
                ])
            }
            root = composed
        } catch let error as YamlError {
            throw SituationFileError(diagnostics: [diagnostic(for: error, path: path)])
        }
        let recorder = LocationRecorder()
        let situation: Situation
        do {
            situation = try NodeDecoder(node: root, codingPath: [], recorder: recorder).decodeLocated(Situation.self)
        } catch let error as LocatedDecodingError {
            throw SituationFileError(diagnostics: [
                Diagnostic(file: path, location: error.location, severity: .error, message: error.message)
            ])
        }
        let document = SituationDocument(situation: situation, path: path, text: text, locations: recorder.locations)
        let errors = SituationValidator.errors(in: document)
        guard errors.isEmpty else { throw SituationFileError(diagnostics: errors) }
        return document
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        func located(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            // Most often a quote or detail with a colon in it: `quote: UN says: 3 killed`.
            if problem.hasPrefix("mapping values are not allowed") {
                message += "; a value with ': ' in it must be put in double quotes (quote: \"UN says: 3 killed\")"
            }
            return Diagnostic(file: path, location: SourceLocation(line: mark.line, column: mark.column), severity: .error, message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return located(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            // Yams marks the first occurrence; the one to look at is the repeat, usually below it.
            let first = SourceLocation(line: context.mark.line, column: context.mark.column)
            if duplicates.count == 1, let repeated = repeatedKey(duplicates[0], after: first, in: context.text) {
                return Diagnostic(file: path, location: repeated, severity: .error,
                    message: "duplicate key '\(duplicates[0])' in one mapping (first at line \(first.line)); each key may appear once, so keep the right one")
            }
            return Diagnostic(file: path, location: first, severity: .error, message: "duplicate key \(keys) in one mapping; each key may appear once")
        case .reader(let problem, let offset, _, let yaml):
            return Diagnostic(file: path, location: offset.map { location(ofUTF8Offset: $0, in: yaml) }, severity: .error, message: "invalid text: \(problem)")
        default:
            return Diagnostic(file: path, location: nil, severity: .error, message: "invalid YAML: \(error)")
        }
    }

    /// Where `key` is written again in the block mapping whose first `key` is at `first`: the next
    /// line at the same column that starts with the key and a colon, before a line indented less.
    static func repeatedKey(_ key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for number in first.line..<lines.count {
            let line = lines[number]
            let leading = line.prefix { $0 == " " }.count
            let content = String(line.dropFirst(leading)).trimmingWhitespace
            if content.isEmpty || content.hasPrefix("#") { continue }
            if leading < indent { return nil }
            if leading == indent, content.hasPrefix(key), String(content.dropFirst(key.count)).trimmingWhitespace.hasPrefix(":") {
                return SourceLocation(line: number + 1, column: first.column)
            }
        }
        return nil
    }

    /// The line and column (in characters, from 1) of the byte at `offset` in the UTF-8 of `text`.
    static func location(ofUTF8Offset offset: Int, in text: String) -> SourceLocation {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(max(0, offset), utf8.count))
        let before = Substring(text.unicodeScalars[..<end])
        let line = before.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return SourceLocation(line: line, column: before[lineStart...].unicodeScalars.count + 1)
    }
}
