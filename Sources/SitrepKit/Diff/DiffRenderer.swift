/// Writes a ``SituationDiff`` in any ``DiffFormat``; HTML goes through the `diff.html` template.
public struct DiffRenderer: Sendable {
    /// The templates HTML diffs are rendered through.
    public let templates: TemplateSet

    /// A renderer over the given templates.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The diff in `format`.
    /// - Parameters:
    ///   - colour: for text, whether to colour it with ANSI escapes. The caller decides: only
    ///     for a terminal, never when `NO_COLOR` is set. Other formats ignore it.
    ///   - chrome: for HTML, how the page reaches its stylesheet and which links sit above it.
    /// - Throws: ``SitrepError`` when the `diff.html` template is missing or asks for an unknown value.
    public func render(
        _ diff: SituationDiff, as format: DiffFormat, colour: Bool = false, chrome: PageChrome = .standalone
    ) throws -> String {
        switch format {
        case .text: DiffTextWriter.write(diff, colour: colour)
        case .markdown: DiffMarkdownWriter.write(diff)
        case .json: DiffJSONWriter.write(diff)
        case .html:
            try templates.render(
                "diff.html",
                values: DiffHTMLContext(diff: diff, css: templates.css).values()
                    .merging(chrome.values(css: templates.css)) { _, chrome in chrome })
        }
    }
}
