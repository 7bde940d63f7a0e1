import Foundation

/// Reads either side of a diff: a situation file (`.yaml`, `.yml`, `.json`) or a generated sitrep,
/// which carries its whole situation: a Markdown sitrep (`.md`) in its YAML front matter, an HTML
/// sitrep (`.html`) in its `<script type="application/json" id="sitrep-data">` element.
///
/// Diagnostics about the situation inside a sitrep name the sitrep with the line and column in it.
/// The document read from a sitrep has the sitrep's path; its `text` is the embedded situation,
/// padded with blank lines (and spaces) so its positions are the sitrep's.
public enum EditionReader {
    /// The kinds of file a diff reads.
    public enum Kind: String, Sendable, CaseIterable {
        /// A situation file in YAML or JSON.
        case situation
        /// A Markdown sitrep with the situation as YAML front matter.
        case markdownSitrep
        /// An HTML sitrep with the situation as embedded JSON.
        case htmlSitrep

        /// The kind a file's extension names (case does not matter); nil for any other file.
        public init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "yaml", "yml", "json": self = .situation
            case "md", "markdown": self = .markdownSitrep
            case "html", "htm": self = .htmlSitrep
            default: return nil
            }
        }
    }

    /// Reads and validates the situation in the file at `path`.
    /// - Throws: ``SitrepError`` naming the file when it is not a situation file or sitrep, cannot be
    ///   read, or holds no situation; ``SituationFileError`` when the situation in it is invalid.
    /// - Parameter limits: the size, nesting and alias limits (see ``InputLimits``).
    public static func load(path: String, limits: InputLimits = .current) throws -> SituationDocument {
        guard Kind(path: path) != nil else {
            throw SitrepError("\(path): is not a situation file or a sitrep; expected .yaml, .yml, .json, .md or .html")
        }
        return try read(text: TextFile.read(path, limits: limits), path: path, limits: limits)
    }

    /// Reads and validates the situation in `text`, taking its kind from `path`'s extension.
    /// - Throws: as ``load(path:)``.
    public static func read(text: String, path: String, limits: InputLimits = .current) throws -> SituationDocument {
        switch Kind(path: path) {
        case .situation: return try SituationReader.read(text: text, path: path, limits: limits)
        case .markdownSitrep: return try SituationReader.read(text: frontMatter(of: text, path: path), path: path, limits: limits)
        case .htmlSitrep: return try SituationReader.read(text: embeddedData(of: text, path: path), path: path, limits: limits)
        case nil: throw SitrepError("\(path): is not a situation file or a sitrep; expected .yaml, .yml, .json, .md or .html")
        }
    }

    /// The front matter between the first line, `---`, and the next `---` line, preceded by blank
    /// lines so that its line numbers are those of the file.
    static func frontMatter(of text: String, path: String) throws -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let isFence = { (line: Substring) in line.trimmingCharacters(in: .whitespaces) == "---" }
        guard let first = lines.first, isFence(first) else {
            throw SitrepError("\(path): is not a sitrep: a Markdown sitrep begins with its situation as YAML front matter, between two '---' lines")
        }
        guard let end = lines.dropFirst().firstIndex(where: isFence) else {
            throw SitrepError("\(path): the front matter that begins on line 1 has no closing '---' line")
        }
        return "\n" + lines[1..<end].joined(separator: "\n") + "\n"
    }

    /// The JSON inside `<script type="application/json" id="sitrep-data">`, preceded by blank lines and
    /// spaces so that its line and column numbers are those of the file.
    static func embeddedData(of text: String, path: String) throws -> String {
        guard let tag = sitrepDataTag(in: text) else {
            throw SitrepError("\(path): is not a sitrep: an HTML sitrep carries its situation in <script type=\"application/json\" id=\"sitrep-data\">, and this file has none")
        }
        guard let close = text.range(of: "</script", options: .caseInsensitive, range: tag.upperBound..<text.endIndex) else {
            throw SitrepError("\(path): the sitrep-data <script> element is not closed")
        }
        let before = text[..<tag.upperBound]
        let newlines = before.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) }
        let lastLine = before.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }).map { before[before.index(after: $0)...] } ?? before
        return String(repeating: "\n", count: newlines) + String(repeating: " ", count: lastLine.unicodeScalars.count)
            + text[tag.upperBound..<close.lowerBound]
    }

    /// Where the first `<script … id="sitrep-data" …>` tag stands. Each `<script` is looked at once,
    /// up to its `>`, so a hostile page of many unclosed tags costs time in proportion to its size
    /// (a regular expression over the whole text backtracked quadratically on such a page).
    static func sitrepDataTag(in text: String) -> Range<String.Index>? {
        let attribute = /\bid\s*=\s*["']?sitrep-data["'\s\/]?/.ignoresCase()
        var start = text.startIndex
        while let open = text.range(of: "<script", options: .caseInsensitive, range: start..<text.endIndex) {
            guard let end = text.range(of: ">", range: open.upperBound..<text.endIndex) else { return nil }
            let inside = text[open.upperBound..<end.lowerBound]
            if inside.first.map({ $0.isWhitespace || $0 == "/" }) == true, inside.contains(attribute) {
                return open.lowerBound..<end.upperBound
            }
            start = end.upperBound
        }
        return nil
    }
}
