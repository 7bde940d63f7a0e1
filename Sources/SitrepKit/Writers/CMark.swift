import CCmark
import Foundation

/// The only place sitrep calls cmark: CommonMark to HTML, safe by default, and CommonMark made safe.
///
/// Raw HTML in the input is dropped and `javascript:` links emptied, because `CMARK_OPT_UNSAFE`
/// is never passed. Smart punctuation is on. ``safeMarkdown(_:)`` applies the same rule to the
/// Markdown sitrep, which other renderers (mail clients, wikis, site generators) read.
public enum CMark {
    /// The HTML for a CommonMark document.
    public static func html(fromMarkdown markdown: String) -> String {
        let length = markdown.utf8.count
        guard let pointer = markdown.withCString({ cmark_markdown_to_html($0, length, CMARK_OPT_SMART) }) else {
            return ""
        }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The HTML for one line of CommonMark, without the surrounding paragraph (for highlights and table cells).
    public static func inlineHTML(fromMarkdown markdown: String) -> String {
        var html = html(fromMarkdown: markdown).trimmingWhitespace
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// The CommonMark with what the HTML rendering leaves out taken out too: raw HTML (blocks and
    /// inline tags) is dropped and the destination of a link or image cmark would not link
    /// (`javascript:`, `vbscript:`, `file:`, `data:` but for images) is emptied. Text with neither is
    /// returned as it is; otherwise cmark writes the document back as CommonMark.
    public static func safeMarkdown(_ markdown: String) -> String {
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }) else { return "" }
        defer { cmark_node_free(document) }
        var rawHTML: [OpaquePointer] = []
        var changed = false
        let iterator = cmark_iter_new(document)
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if let url = cmark_node_get_url(node), isDangerous(String(cString: url)) {
                    cmark_node_set_url(node, "")
                    changed = true
                }
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        guard changed || !rawHTML.isEmpty else { return markdown }
        for node in rawHTML {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        guard let pointer = cmark_render_commonmark(document, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer).trimmingWhitespace
    }

    /// Whether cmark's HTML rendering would empty this link destination, judged with ASCII
    /// whitespace and controls removed, as browsers read a scheme.
    static func isDangerous(_ url: String) -> Bool {
        let scheme = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })).lowercased()
        for prefix in ["javascript:", "vbscript:", "file:"] where scheme.hasPrefix(prefix) { return true }
        guard scheme.hasPrefix("data:") else { return false }
        return !["png", "gif", "jpeg", "webp"].contains { scheme.hasPrefix("data:image/\($0)") }
    }
}
