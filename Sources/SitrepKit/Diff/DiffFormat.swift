/// The formats a diff is written in.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// Plain text for a terminal, with ANSI colour only when asked.
    case text
    /// CommonMark.
    case markdown
    /// A self-contained HTML page in the sitrep's style.
    case html
    /// JSON in the stable structure ``DiffJSONWriter`` documents.
    case json

    /// The file extension of a diff in this format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        }
    }
}
