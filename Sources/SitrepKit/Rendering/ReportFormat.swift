/// The formats a sitrep is rendered in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// CommonMark with the situation as YAML front matter.
    case markdown
    /// One self-contained HTML page with the situation embedded as JSON.
    case html

    /// The file extension of reports in this format.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        }
    }

    /// The template that renders reports in this format.
    var templateName: String {
        switch self {
        case .markdown: "sitrep.md"
        case .html: "sitrep.html"
        }
    }
}
