/// What surrounds a page's content: how it reaches its stylesheet and the links above it.
/// A sitrep mailed as a file inlines its CSS and has no links; a page of a published site links
/// the site's one stylesheet and its neighbours.
public struct PageChrome: Sendable, Equatable {
    /// Where a page's CSS comes from.
    public enum Stylesheet: Sendable, Equatable {
        /// Inlined in a `<style>` element, so the page stands alone.
        case inline
        /// Linked by a relative address.
        case linked(href: String)
    }

    /// Where the page's CSS comes from.
    public var stylesheet: Stylesheet
    /// Links shown above the page, in order.
    public var links: [PageLink]

    /// Creates page chrome.
    public init(stylesheet: Stylesheet, links: [PageLink] = []) {
        self.stylesheet = stylesheet
        self.links = links
    }

    /// A page that stands alone: CSS inlined, no links.
    public static let standalone = PageChrome(stylesheet: .inline)

    /// The values the layout template reads.
    func values(css: String) -> [String: Any] {
        var href = ""
        if case .linked(let link) = stylesheet { href = link }
        return [
            "inlineCSS": stylesheet == .inline,
            "css": stylesheet == .inline ? css : "",
            "stylesheetHref": href,
            "hasNavigation": !links.isEmpty,
            "navigation": links.map { link in
                RenderScope(["label": link.label, "href": link.href, "rel": link.rel ?? "", "hasRel": link.rel != nil])
            },
        ]
    }
}

/// A link in a page's navigation.
public struct PageLink: Sendable, Equatable {
    /// The text shown.
    public let label: String
    /// The relative address.
    public let href: String
    /// The relation (`prev`, `next`, `up`), when there is one.
    public let rel: String?

    /// Creates a link.
    public init(label: String, href: String, rel: String? = nil) {
        self.label = label
        self.href = href
        self.rel = rel
    }
}
