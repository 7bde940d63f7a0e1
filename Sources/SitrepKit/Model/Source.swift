/// Where facts come from: an article, a government statement, an agency's report.
public struct Source: Sendable, Hashable, Codable {
    /// The id items cite in their `source` field.
    public var id: String
    /// Where the source can be read.
    public var url: String?
    /// Who published it: "BBC", "Ministry of Health".
    public var publisher: String?
    /// What kind of publisher.
    public var type: SourceType?
    /// A stored copy of the article's text, relative to the situation file (`check` refuses an
    /// absolute path), so quotes can be verified.
    public var file: String?
    /// The title.
    public var title: String?
    /// When it was published.
    public var published: SitrepDate?

    /// Creates a source entry.
    public init(
        id: String, url: String? = nil, publisher: String? = nil, type: SourceType? = nil, file: String? = nil,
        title: String? = nil, published: SitrepDate? = nil
    ) {
        self.id = id
        self.url = url
        self.publisher = publisher
        self.type = type
        self.file = file
        self.title = title
        self.published = published
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, url, publisher, type, file, title, published
    }

    /// The name reports give the source: its publisher, else its title, else its id.
    public var name: String { publisher ?? title ?? id }

    /// The URL when it is safe to link (http or https), nil otherwise.
    public var linkableURL: String? {
        guard let url else { return nil }
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"),
              !url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        else { return nil }
        return url
    }
}

/// What kind of publisher a source is.
public enum SourceType: String, ModelEnum {
    case government, un
    case redCross = "red_cross"
    case ngo, media, other

    public static let fieldDescription = "source type"
}
