import Foundation
import Mustache

/// The templates and stylesheet that give reports their look: the copy built into sitrep, or a
/// folder the user points `--templates` at. Every template a report needs must be there, and every
/// partial a template names must exist; otherwise loading fails with the name.
public struct TemplateSet: Sendable {
    /// File contents by path relative to the templates folder (`sitrep.html.mustache`, `partials/figures.html.mustache`).
    public let files: [String: String]
    /// Where the files came from, for messages: a folder, or "built-in templates".
    public let origin: String
    let library: MustacheLibrary

    /// Templates every report needs.
    static let requiredTemplates = ["sitrep.html", "sitrep.md", "layout.html", "site/index.html", "site/crisis.html"]
    /// The stylesheet inlined into HTML reports.
    static let stylesheet = "style.css"

    /// The templates built into sitrep, equal to the repository's `Templates/` folder.
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(files: BuiltinTemplates.files, origin: "built-in templates")
    }

    /// The templates in `directory` (`*.mustache` and `style.css`, subfolders included).
    public static func load(directory: String) throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw SitrepError("\(directory): templates folder not found")
        }
        var files: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw SitrepError("\(directory): templates folder cannot be read")
        }
        for case let relative as String in enumerator where relative.hasSuffix(".mustache") || relative == stylesheet {
            let path = (directory as NSString).appendingPathComponent(relative)
            files[relative] = try TextFile.read(path, regularFileOnly: true)
        }
        return try TemplateSet(files: files, origin: directory)
    }

    /// Parses the files, failing on a syntax error (with template, line and column), a missing
    /// required template or stylesheet, or a partial that names no template.
    public init(files: [String: String], origin: String) throws {
        _ = MarkdownContentType.registered
        _ = HTMLEscapedContentType.registered
        self.files = files
        self.origin = origin
        var library = MustacheLibrary()
        var names: Set<String> = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            names.insert(name)
            // HTML templates are escaped by sitrep's escaping, named on a line of their own above
            // the file's first line; error positions are given in the file's own lines.
            let isHTML = name.hasSuffix(".html")
            do {
                try library.register(isHTML ? HTMLEscapedContentType.pragma + text : text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber - (isHTML ? 1 : 0)
                throw SitrepError("\(origin)/\(path):\(line):\(error.context.columnNumber): template syntax: \(TemplateSet.describe(error.error))")
            }
        }
        for required in TemplateSet.requiredTemplates where !names.contains(required) {
            throw SitrepError("\(origin): template '\(required).mustache' is missing")
        }
        guard files[TemplateSet.stylesheet] != nil else {
            throw SitrepError("\(origin): stylesheet '\(TemplateSet.stylesheet)' is missing")
        }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            for partial in TemplateSet.partialNames(in: text) where !names.contains(partial) {
                throw SitrepError("\(origin)/\(path): partial '\(partial)' names no template (expected \(partial).mustache)")
            }
        }
        self.library = library
    }

    /// A template parse error in words ("expectedSectionEnd" → "a section is not closed").
    static func describe(_ error: any Error) -> String {
        switch "\(error)" {
        case "expectedSectionEnd": "a section ({{#name}} or {{^name}}) is not closed with {{/name}}"
        case "sectionCloseNameIncorrect": "a section is closed ({{/name}}) with a name that does not match its opening"
        case "unfinishedName": "a tag is not finished with }}"
        case "invalidSetDelimiter": "a delimiter change ({{=<% %>=}}) is malformed"
        case "unrecognisedConfigVariable", "invalidConfigVariableSyntax": "a {{% … }} setting is not one swift-mustache knows"
        case let other: "\(other)"
        }
    }

    /// The stylesheet's text.
    var css: String { files[TemplateSet.stylesheet] ?? "" }

    /// Names used as `{{> name}}` partials or `{{< name}}` parents.
    static func partialNames(in text: String) -> [String] {
        text.matches(of: /\{\{\s*[<>]\s*([^\s}]+)\s*\}\}/).map { String($0.1) }
    }

    /// Renders the template `name` with `values` as the top scope; characters no page may hold
    /// (see ``ForbiddenCharacters``) come out as U+FFFD.
    /// - Throws: ``SitrepError`` when the template is missing or asks for a name no scope provides.
    func render(_ name: String, values: [String: Any]) throws -> String {
        let missing = MissingNames()
        let root = RenderScope(root: values, missing: missing)
        guard let output = library.render(root, withTemplate: name) else {
            throw SitrepError("\(origin): template '\(name).mustache' is missing")
        }
        if !missing.names.isEmpty {
            let names = missing.names.sorted().map { "'\($0)'" }.joined(separator: ", ")
            throw SitrepError("\(origin)/\(name).mustache: unknown variable \(names); sitrep provides no value by that name here")
        }
        return ForbiddenCharacters.replaced(in: output)
    }
}
