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
        if let labels = url.withASCIIBytes(asciiHostLabels) { return labels }
        let rest = afterScheme(url)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        return host.split(separator: ".").map(String.init).filter { $0 != "www" }
    }

    /// ``hostLabels(_:)`` of an ASCII URL, cut and put in lower case bytewise.
    private static func asciiHostLabels(_ url: UnsafeBufferPointer<UInt8>) -> [String] {
        let rest = url[schemeEnd(url)...]
        let host = rest.prefix { $0 != 0x2F && $0 != 0x3F && $0 != 0x23 && $0 != 0x3A }
        return host.split(separator: 0x2E).map { ExtractionTokenizer.asciiLowercased($0) }.filter { $0 != "www" }
    }

    /// The URL after its first "://" (all of it when it has none); ASCII URLs are cut by ``schemeEnd(_:)``.
    static func afterScheme(_ url: String) -> Substring {
        guard let scheme = url.range(of: "://") else { return Substring(url) }
        return url[scheme.upperBound...]
    }

    /// Where an ASCII URL's first "://" ends; 0 when it has none.
    private static func schemeEnd(_ url: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index + 3 <= url.count {
            if url[index] == 0x3A, url[index + 1] == 0x2F, url[index + 2] == 0x2F { return index + 3 }
            index += 1
        }
        return 0
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
        if let url, let publisher {
            let base = ExtractionSlug.make(publisher.name, maxLength: 60)
            if let id = url.withASCIIBytes({ asciiID($0, base: base) }) { return id }
            let rest = afterScheme(url)
            let pathPart = rest[(rest.utf8.firstIndex(of: 0x2F) ?? rest.endIndex)...]
            let runs = pathPart.split(whereSeparator: { !$0.isNumber }).filter { $0.count >= 5 }
            if let longest = runs.max(by: { $0.count < $1.count }) { return "\(base)-" + String(longest.prefix(20)) }
            if let last = parts(of: pathPart, between: 0x2F).last {
                let name = ExtractionSlug.make(String(parts(of: last, between: 0x2E).first ?? last), maxLength: 60)
                if !name.isEmpty { return String("\(base)-\(name)".prefix(80)) }
            }
            return base.isEmpty ? "source" : base
        }
        let file = parts(of: Substring(path), between: 0x2F).last ?? Substring(path)
        let name = ExtractionSlug.make(String(parts(of: file, between: 0x2E).first ?? file), maxLength: 60)
        return name.isEmpty ? "source" : name
    }

    /// ``id(url:path:publisher:)`` of an ASCII URL, from its bytes; `base` is the publisher's slug.
    private static func asciiID(_ url: UnsafeBufferPointer<UInt8>, base: String) -> String {
        let rest = url[schemeEnd(url)...]
        let path = rest[(rest.firstIndex(of: 0x2F) ?? rest.endIndex)...]
        let runs: [Slice<UnsafeBufferPointer<UInt8>>] = path.split(whereSeparator: { $0 < 0x30 || $0 > 0x39 }).filter { $0.count >= 5 }
        if let longest = runs.max(by: { $0.count < $1.count }) { return "\(base)-" + string(longest.prefix(20)) }
        if let last: Slice<UnsafeBufferPointer<UInt8>> = path.split(separator: 0x2F).last {
            let stem: Slice<UnsafeBufferPointer<UInt8>> = last.split(separator: 0x2E).first ?? last
            let name = ExtractionSlug.make(string(stem), maxLength: 60)
            if !name.isEmpty { return String("\(base)-\(name)".prefix(80)) }
        }
        return base.isEmpty ? "source" : base
    }

    /// ASCII `bytes` as a string.
    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
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
