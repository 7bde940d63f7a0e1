import CCmark
import Foundation

/// The only place sitrep calls cmark: CommonMark to HTML, safe by default.
///
/// Raw HTML in the input is dropped and `javascript:` links emptied, because `CMARK_OPT_UNSAFE`
/// is never passed. Smart punctuation is on.
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
}
