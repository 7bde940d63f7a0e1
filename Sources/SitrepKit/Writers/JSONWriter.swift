/// Prints an ``EncodedValue`` as JSON with two-space indents (or on one line) and keys in model order.
/// With `htmlSafe`, `<`, `>`, `&` and the line separators are escaped so the JSON can sit
/// inside an HTML `<script>` element without ending it.
enum JSONWriter {
    static func write(_ value: EncodedValue, htmlSafe: Bool = false) -> String {
        var output = ""
        write(value, indent: 0, htmlSafe: htmlSafe, into: &output)
        return output + "\n"
    }

    /// The value on one line with no spaces, as JSON Lines need; no line break at the end.
    static func compact(_ value: EncodedValue) -> String {
        switch value {
        case .list(let elements): "[" + elements.map(compact).joined(separator: ",") + "]"
        case .mapping(let entries): "{" + entries.map { quoted($0.key, htmlSafe: false) + ":" + compact($0.value) }.joined(separator: ",") + "}"
        case .string(let text, _): quoted(text, htmlSafe: false)
        case .integer(let number): String(number)
        case .number(let text): text
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }

    private static func write(_ value: EncodedValue, indent: Int, htmlSafe: Bool, into output: inout String) {
        let inner = String(repeating: " ", count: indent + 2)
        switch value {
        case .string(let text, _): output += quoted(text, htmlSafe: htmlSafe)
        case .integer(let number): output += String(number)
        case .number(let text): output += text
        case .boolean(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .list(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                write(element, indent: indent + 2, htmlSafe: htmlSafe, into: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .mapping(let entries):
            guard !entries.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, entry) in entries.enumerated() {
                output += inner + quoted(entry.key, htmlSafe: htmlSafe) + ": "
                write(entry.value, indent: indent + 2, htmlSafe: htmlSafe, into: &output)
                output += index == entries.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    static func quoted(_ text: String, htmlSafe: Bool) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<" where htmlSafe: output += "\\u003c"
            case ">" where htmlSafe: output += "\\u003e"
            case "&" where htmlSafe: output += "\\u0026"
            case "\u{2028}", "\u{2029}": output += scalar == "\u{2028}" ? "\\u2028" : "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let digits = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
