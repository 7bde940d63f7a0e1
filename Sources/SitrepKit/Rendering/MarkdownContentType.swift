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

    /// Backslash-escapes Markdown punctuation and folds line breaks into spaces.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "{", "}":
                output.append("\\")
                output.append(character)
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}":
                output.append(" ")
            default:
                output.append(character)
            }
        }
        return output
    }
}
