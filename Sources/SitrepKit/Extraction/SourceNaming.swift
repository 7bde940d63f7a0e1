/// Names a source from its URL: the publisher ("news.bbc.co.uk" → BBC), its kind, and an id made
/// of the publisher and the article's number ("bbc-10300348").
enum SourceNaming {
    /// Known publishers by a label of their host name.
    static let publishers: [String: (name: String, type: SourceType)] = [
        "bbc": ("BBC", .media), "reuters": ("Reuters", .media), "aljazeera": ("Al Jazeera", .media), "apnews": ("AP", .media),
        "cnn": ("CNN", .media), "nytimes": ("New York Times", .media), "theguardian": ("The Guardian", .media),
        "guardian": ("The Guardian", .media), "independent": ("The Independent", .media), "cbc": ("CBC", .media),
        "xinhuanet": ("Xinhua", .media), "chinadaily": ("China Daily", .media), "scmp": ("South China Morning Post", .media),
        "reliefweb": ("ReliefWeb", .un), "unocha": ("OCHA", .un), "unhcr": ("UNHCR", .un), "who": ("WHO", .un),
        "un": ("United Nations", .un), "wfp": ("WFP", .un), "unicef": ("UNICEF", .un), "ifrc": ("IFRC", .redCross),
        "icrc": ("ICRC", .redCross), "floodlist": ("FloodList", .media), "tribune": ("The Express Tribune", .media),
        "tribuneindia": ("The Tribune", .media), "indiatimes": ("Times of India", .media), "inquirer": ("Inquirer", .media),
        "cambodiadaily": ("The Cambodia Daily", .media), "buenosairesherald": ("Buenos Aires Herald", .media),
        "afp": ("AFP", .media), "msf": ("MSF", .ngo), "oxfam": ("Oxfam", .ngo), "dawn": ("Dawn", .media),
    ]

    /// Host labels that name no publisher.
    static let genericLabels: Set<String> = ["com", "org", "net", "co", "uk", "int", "in", "pk", "ca", "au", "news", "edu", "info"]

    /// The host's labels, without "www" and the scheme.
    static func hostLabels(_ url: String) -> [String] {
        let rest = afterScheme(url)
        if rest.utf8.allSatisfy({ $0 < 0x80 }) {
            // An ASCII host is cut and put in lower case bytewise, without Unicode case mapping.
            let host = rest.utf8.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 && $0 != 0x3A }
            return host.split(separator: 0x2E).map { ExtractionTokenizer.asciiLowercased($0) }.filter { $0 != "www" }
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        return host.split(separator: ".").map(String.init).filter { $0 != "www" }
    }

    /// The URL after its scheme and "://" (all of it when it has none); ASCII URLs are searched bytewise.
    static func afterScheme(_ url: String) -> Substring {
        let text = Substring(url)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            guard let scheme = text.range(of: "://") else { return text }
            return text[scheme.upperBound...]
        }
        let bytes = text.utf8
        var index = bytes.startIndex
        var matched = 0
        let pattern: [UInt8] = [0x3A, 0x2F, 0x2F]
        var start = index
        while index != bytes.endIndex {
            if bytes[index] == pattern[matched] {
                if matched == 0 { start = index }
                matched += 1
                index = bytes.index(after: index)
                if matched == pattern.count { return text[index...] }
            } else if matched > 0 {
                matched = 0
                index = bytes.index(after: start)
            } else {
                index = bytes.index(after: index)
            }
        }
        return text
    }

    /// The publisher and kind for a URL, when it has a host.
    static func publisher(for url: String) -> (name: String, type: SourceType?)? {
        let labels = hostLabels(url)
        if labels.contains(where: { $0 == "gov" }) || labels.last == "gov" { return (labels.first ?? "government", .government) }
        for label in labels { if let known = publishers[label] { return (known.name, known.type) } }
        guard let label = labels.first(where: { !genericLabels.contains($0) && $0.count > 1 }) else { return nil }
        return (label.prefix(1).uppercased() + label.dropFirst(), nil)
    }

    /// A source id: publisher slug and the article's longest run of digits, else the last path part.
    static func id(url: String?, path: String) -> String {
        id(url: url, path: path, publisher: url.flatMap(publisher(for:)))
    }

    /// ``id(url:path:)`` for a caller that has the URL's publisher (``publisher(for:)``) already.
    static func id(url: String?, path: String, publisher: (name: String, type: SourceType?)?) -> String {
        func slug(_ text: String) -> String {
            // Only ASCII letters, digits and "-" are kept, so the slug is built as bytes.
            var result: [UInt8] = []
            for scalar in text.lowercased().unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) { result.append(UInt8(scalar.value)) }
                else if result.last != 0x2D && !result.isEmpty { result.append(0x2D) }
            }
            while result.last == 0x2D { result.removeLast() }
            return String(decoding: result.prefix(60), as: UTF8.self)
        }
        if let url, let publisher {
            let rest = afterScheme(url)
            let pathPart = rest[(rest.utf8.firstIndex(of: 0x2F) ?? rest.endIndex)...]
            let runs = pathPart.utf8.allSatisfy({ $0 < 0x80 })
                ? pathPart.utf8.split(whereSeparator: { $0 < 0x30 || $0 > 0x39 }).filter { $0.count >= 5 }.map { Substring($0) }
                : pathPart.split(whereSeparator: { !$0.isNumber }).filter { $0.count >= 5 }
            let base = slug(publisher.name)
            if let longest = runs.max(by: { $0.count < $1.count }) { return "\(base)-" + String(longest.prefix(20)) }
            if let last = parts(of: pathPart, between: 0x2F).last {
                let name = slug(String(parts(of: last, between: 0x2E).first ?? last))
                if !name.isEmpty { return String("\(base)-\(name)".prefix(80)) }
            }
            return base.isEmpty ? "source" : base
        }
        let file = parts(of: Substring(path), between: 0x2F).last ?? Substring(path)
        let name = slug(String(parts(of: file, between: 0x2E).first ?? file))
        return name.isEmpty ? "source" : name
    }

    /// The non-empty parts of `text` between the ASCII byte `separator`, cut at its UTF-8 bytes.
    private static func parts(of text: Substring, between separator: UInt8) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        let bytes = text.utf8
        while index != bytes.endIndex {
            if bytes[index] == separator {
                if start != index { result.append(text[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != text.endIndex { result.append(text[start...]) }
        return result
    }
}
