import Mustache

/// The escaping of every `{{value}}` in sitrep's HTML templates: `<`, `>`, `&`, `"` and `'` become
/// `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&#39;`, as swift-mustache writes them.
///
/// It replaces swift-mustache's own HTML escaping, which looks each character up in a table: that
/// was a tenth of publishing, and it leaves a `"` or `<` alone when a combining mark follows it
/// (`"\u{301}` is one character, not in its table), which lets untrusted text close an attribute.
/// Here every byte is looked at, so no such mark can hide one. ``TemplateSet`` selects it at the top
/// of every `.html` template and partial.
struct HTMLEscapedContentType: MustacheContentType {
    /// The name under which it is registered, replacing swift-mustache's HTML content type.
    static let name = "HTML"

    /// The line ``TemplateSet`` puts above every HTML template (a standalone tag: it writes nothing).
    static let pragma = "{{%CONTENT_TYPE: \(name)}}\n"

    /// Registers the content type with swift-mustache, once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLEscapedContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        HTMLEscapedContentType.escape(text)
    }

    /// The text with the five HTML-special characters escaped; the same string when it has none.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            case UInt8(ascii: "'"): output += "&#39;".utf8
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
