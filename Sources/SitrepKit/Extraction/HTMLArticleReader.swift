/// Reads an article from an HTML page: scripts, styles, navigation, headers, footers and forms are
/// dropped, entities decoded, block elements become paragraph breaks; the `<title>` or first `<h1>`
/// is the headline and a canonical link or `og:url` the URL.
enum HTMLArticleReader {
    static let droppedElements: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "iframe", "template", "button", "select"]
    static let blockElements: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "section", "article", "blockquote", "pre", "hr", "main", "figure", "figcaption", "dd", "dt"]

    static func article(html: String, path: String) -> Article {
        let scalars = Array(html.unicodeScalars)
        var body = String.UnicodeScalarView()
        var title = ""
        var heading = ""
        var url: String?
        var published: SitrepDate?
        var dropDepth = 0
        var dropping = ""
        var inTitle = false, inHeading = false
        var index = 0
        func appendText(_ text: String) {
            if inTitle { title += text }
            if inHeading { heading += text }
            if !inTitle { body.append(contentsOf: text.unicodeScalars) }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                // Comments.
                if index + 3 < scalars.count, scalars[index + 1] == "!", scalars[index + 2] == "-", scalars[index + 3] == "-" {
                    var end = index + 4
                    while end + 2 < scalars.count, !(scalars[end] == "-" && scalars[end + 1] == "-" && scalars[end + 2] == ">") { end += 1 }
                    index = min(scalars.count, end + 3)
                    continue
                }
                var end = index + 1
                var quote: Unicode.Scalar?
                while end < scalars.count {
                    let current = scalars[end]
                    if let open = quote { if current == open { quote = nil } } else if current == "\"" || current == "'" { quote = current } else if current == ">" { break }
                    end += 1
                }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                index = min(scalars.count, end + 1)
                let closing = tag.hasPrefix("/")
                let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if dropDepth > 0 {
                    if name == dropping { dropDepth += closing ? -1 : (tag.hasSuffix("/") ? 0 : 1) }
                    continue
                }
                if droppedElements.contains(name), !closing, !tag.hasSuffix("/") {
                    dropDepth = 1
                    dropping = name
                    continue
                }
                if name == "title" { inTitle = !closing; continue }
                if name == "h1" { inHeading = !closing && heading.isEmpty }
                if name == "link" || name == "meta" {
                    let attributes = attributes(of: tag)
                    if name == "link", attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"] { url = url ?? decode(href) }
                    if name == "meta", let property = (attributes["property"] ?? attributes["name"])?.lowercased(), let content = attributes["content"] {
                        if property == "og:url" { url = url ?? decode(content) }
                        if property == "article:published_time" || property == "date" { published = published ?? SitrepDate(String(content.prefix(10))) }
                    }
                }
                if blockElements.contains(name) { body.append(contentsOf: "\n\n".unicodeScalars) }
                continue
            }
            if dropDepth > 0 { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] != "<" { end += 1 }
            appendText(decode(String(String.UnicodeScalarView(scalars[index..<end]))))
            index = end
        }
        let text = String(body)
        let paragraphs = text.components(separatedBy: "\n\n").map { ArticleText.normalized($0) }.filter { !$0.isEmpty }
        let headline = ArticleText.normalized(heading.isEmpty ? title : heading)
        var bodyParagraphs = paragraphs
        if let first = bodyParagraphs.first, first == headline { bodyParagraphs.removeFirst() }
        return Article(path: path, url: url, title: headline.isEmpty ? nil : headline, published: published, body: bodyParagraphs.joined(separator: "\n\n"))
    }

    /// The attributes of a tag: `name="value"`, `name='value'` or `name=value`.
    static func attributes(of tag: String) -> [String: String] {
        var result: [String: String] = [:]
        let characters = Array(tag)
        var index = characters.firstIndex(where: { $0.isWhitespace }) ?? characters.count
        while index < characters.count {
            while index < characters.count, characters[index].isWhitespace || characters[index] == "/" { index += 1 }
            var nameEnd = index
            while nameEnd < characters.count, characters[nameEnd] != "=", !characters[nameEnd].isWhitespace { nameEnd += 1 }
            let name = String(characters[index..<nameEnd]).lowercased()
            index = nameEnd
            guard index < characters.count, characters[index] == "=" else { index += 1; continue }
            index += 1
            var value = ""
            if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                let quote = characters[index]
                var end = index + 1
                while end < characters.count, characters[end] != quote { end += 1 }
                value = String(characters[(index + 1)..<min(end, characters.count)])
                index = end + 1
            } else {
                var end = index
                while end < characters.count, !characters[end].isWhitespace { end += 1 }
                value = String(characters[index..<end])
                index = end
            }
            if !name.isEmpty { result[name] = value }
        }
        return result
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "shy": "\u{00AD}", "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó",
        "uacute": "ú", "iacute": "í", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "copy": "©",
        "euro": "€", "pound": "£", "deg": "°",
    ]

    /// Decodes character references: named, decimal and hexadecimal; unknown ones stay as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code), code != 0 {
                    replacement = String(scalar)
                } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code), code != 0 {
                    replacement = String(scalar)
                } else {
                    replacement = entities[name]
                }
                if let replacement {
                    result += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        result += rest
        return result
    }
}
