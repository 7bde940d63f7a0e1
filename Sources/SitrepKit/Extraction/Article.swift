/// One article to extract from: its text and what is known about where it came from.
///
/// Readers build articles from text files in the sample's layout, HTML pages, JSON Lines and field
/// notes; the ``Extractor`` turns them into a situation.
public struct Article: Sendable, Hashable {
    /// The file the article was read from, as the user named it ("-" for standard input); diagnostics name it.
    public var path: String
    /// Where the article can be read.
    public var url: String?
    /// The headline, when the first line is one.
    public var title: String?
    /// A note line: a claim that cites the article below it, checked against the body, never trusted.
    public var note: String?
    /// When it was published.
    public var published: SitrepDate?
    /// The publisher when a reader knows it better than the URL does (a `(source: NAME)` in field notes).
    public var publisher: String?
    /// The text, paragraphs separated by blank lines or double spaces.
    public var body: String
    /// The line in `path` where this article starts (JSON Lines, notes); 1 for a whole file.
    public var line: Int
    /// Field notes only: the line in `path` of each line of `body`, so that a note line that gives
    /// nothing is said at its own line.
    public var noteLines: [Int]?
    /// Where the body's text stands in `path`, so that a warning about a sentence can name its place;
    /// nil when it was taken out of markup (HTML) or is a field note's (see `noteLines`).
    public var bodyPlace: BodyPlace?

    /// Where an article's body stands in its file.
    public enum BodyPlace: Sendable, Hashable {
        /// The file's own text from this line and column on (a text article).
        case verbatim(from: SourceLocation)
        /// Escaped inside the one line of the file the article is (JSON Lines: `line`).
        case escaped
    }

    /// Creates an article.
    public init(
        path: String, url: String? = nil, title: String? = nil, note: String? = nil, published: SitrepDate? = nil,
        publisher: String? = nil, body: String, line: Int = 1
    ) {
        self.path = path
        self.url = url
        self.title = title
        self.note = note
        self.published = published
        self.publisher = publisher
        self.body = body
        self.line = line
    }
}
