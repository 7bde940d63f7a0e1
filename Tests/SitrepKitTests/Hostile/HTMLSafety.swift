import Foundation

/// What a browser could execute in a page sitrep wrote: scripts other than the JSON data block,
/// event-handler attributes, links and sources with a scheme other than http(s) or mailto (after
/// decoding entities and dropping whitespace, as browsers do), frames, objects, `<base>`,
/// `<meta http-equiv>`, and a data block that holds a `<`.
enum HTMLSafety {
    /// Each problem found, as a short description; empty when the page is inert.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        // A browser reads code points: a quote with a combining mark after it still ends an
        // attribute, so the patterns match scalars, not Swift's characters.
        let tag = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.matchingSemantics(.unicodeScalar)
        let attribute = /([^\s=\/>"']+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/.matchingSemantics(.unicodeScalar)
        var searchFrom = html.startIndex
        while let match = html[searchFrom...].firstMatch(of: tag) {
            searchFrom = match.range.upperBound
            let name = match.output.1.lowercased()
            let attributes = String(match.output.2)
            switch name {
            case "script":
                guard attributes == " type=\"application/json\" id=\"sitrep-data\"" else {
                    problems.append("a <script\(attributes)> element")
                    continue
                }
                guard let close = html.range(of: "</script", options: .caseInsensitive, range: match.range.upperBound..<html.endIndex) else {
                    problems.append("an unclosed data block")
                    continue
                }
                if html[match.range.upperBound..<close.lowerBound].unicodeScalars.contains("<") { problems.append("a '<' inside the JSON data block") }
                searchFrom = close.upperBound
            case "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input", "button", "video", "audio",
                 "textarea", "select", "math", "template", "foreignobject", "animate", "set":
                problems.append("a <\(name)> element")
            case "meta" where attributes.lowercased().contains("http-equiv"):
                problems.append("a <meta http-equiv>")
            default:
                break
            }
            for attributeMatch in attributes.matches(of: attribute) {
                let attributeName = attributeMatch.output.1.lowercased()
                var value = String(attributeMatch.output.2)
                if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
                if attributeName.hasPrefix("on") { problems.append("an event handler \(attributeName)= on <\(name)>") }
                if ["href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcdoc", "data"].contains(attributeName) {
                    let decoded = decodeEntities(value).unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
                    if let colon = decoded.firstIndex(of: ":"), !decoded[..<colon].contains(where: { "/?#".contains($0) }) {
                        // Only letters, digits, '+', '-' and '.' make a scheme; anything else is a relative path.
                        let scheme = decoded[..<colon]
                        let isScheme = scheme.first?.isLetter == true && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
                        if isScheme, !["http", "https", "mailto"].contains(scheme) { problems.append("a \(scheme): URL in \(attributeName)= on <\(name)>") }
                    }
                }
                if attributeName == "style", decodeEntities(value).lowercased().contains("url(") { problems.append("a url() in a style attribute") }
            }
        }
        return problems
    }

    /// Text with HTML character references decoded: numeric ones and the few named ones that matter.
    static func decodeEntities(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        let reference = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/
        while let match = rest.firstMatch(of: reference) {
            output += rest[..<match.range.lowerBound]
            let body = match.output.1
            var scalar: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                let named: [String: Unicode.Scalar] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">",
                                                       "quot": "\"", "apos": "'", "sol": "/", "lpar": "(", "rpar": ")"]
                scalar = named[body.lowercased()]
            }
            output += scalar.map { String($0) } ?? String(rest[match.range])
            rest = rest[match.range.upperBound...]
        }
        return output + rest
    }
}
