/// Renders situations into Markdown and HTML sitreps through a ``TemplateSet``.
public struct ReportRenderer: Sendable {
    /// The templates reports are rendered through.
    public let templates: TemplateSet

    /// A renderer over the given templates.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// The sitrep for `situation` in `format`.
    /// - Parameters:
    ///   - fileName: the situation file's name, shown in the report's footer.
    ///   - chrome: how an HTML page reaches its stylesheet and which links sit above it.
    ///   - previous: the previous edition, for a "changes since" section and the change on each key figure.
    /// - Throws: ``SitrepError`` when a template asks for a value sitrep does not provide.
    public func render(
        _ situation: Situation, as format: ReportFormat, fileName: String, chrome: PageChrome = .standalone,
        previous: SituationDocument? = nil
    ) throws -> String {
        let diff = previous.map { SituationDiff(old: $0.situation, new: situation, oldFile: $0.path, newFile: fileName) }
        return try render(situation, as: format, fileName: fileName, chrome: chrome, previous: previous?.situation, changes: diff)
    }

    /// The sitrep for `situation` in `format`, with `changes` (the diff from `previous` to this
    /// edition) shown as its "changes since" section; for callers that compare editions anyway.
    func render(
        _ situation: Situation, as format: ReportFormat, fileName: String, chrome: PageChrome, previous: Situation?,
        changes: SituationDiff?
    ) throws -> String {
        let context = ReportContext(
            situation: situation, fileName: fileName, css: templates.css, chrome: chrome, format: format, diff: changes,
            previous: previous)
        return try templates.render(format.templateName, values: context.values())
    }
}
