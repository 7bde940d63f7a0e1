import Mustache

/// The content type of sitrep's Markdown templates (`{{%CONTENT_TYPE: MARKDOWN}}`): every `{{value}}`
/// is escaped so untrusted text reads as itself and never becomes Markdown structure, links or HTML.
struct MarkdownContentType: MustacheContentType {
    /// The name templates use to select it.
    static let name = "MARKDOWN"

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        MarkdownContentType.escape(text)
    }

    /// Backslash-escapes Markdown punctuation and folds line breaks into spaces. It reads code
    /// points, not characters, so a combining mark after a `[` or `<` cannot hide it.
    static func escape(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "{", "}":
                output.unicodeScalars.append("\\")
                output.unicodeScalars.append(scalar)
            case "\n" where afterReturn:
                continue
            case "\n", "\r", "\u{2028}", "\u{2029}":
                output.unicodeScalars.append(" ")
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
