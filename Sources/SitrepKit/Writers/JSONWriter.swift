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

    /// The text as a JSON string literal. Read byte by byte: only ASCII bytes, the C1 controls
    /// (C2 80–9F in UTF-8), the line separators U+2028 and U+2029 (E2 80 A8/A9), the bidirectional
    /// controls (E2 80 AA–AE, E2 81 A6–A9) and the non-characters U+FFFE and U+FFFF (EF BF BE/BF) are ever escaped, so the literal holds none of
    /// the characters a page may not (see ``ForbiddenCharacters``).
    static func quoted(_ text: String, htmlSafe: Bool) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { needsEscape($0, htmlSafe: htmlSafe) }) else { return "\"" + text + "\"" }
        var output: [UInt8] = [UInt8(ascii: "\"")]
        output.reserveCapacity(utf8.count + 16)
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "\""): output += #"\""#.utf8
            case UInt8(ascii: "\\"): output += #"\\"#.utf8
            case UInt8(ascii: "\n"): output += #"\n"#.utf8
            case UInt8(ascii: "\r"): output += #"\r"#.utf8
            case UInt8(ascii: "\t"): output += #"\t"#.utf8
            case UInt8(ascii: "<") where htmlSafe: output += #"\u003c"#.utf8
            case UInt8(ascii: ">") where htmlSafe: output += #"\u003e"#.utf8
            case UInt8(ascii: "&") where htmlSafe: output += #"\u0026"#.utf8
            case 0xE2 where isEscapedGeneralPunctuation(utf8, at: index):
                let second = utf8[index], third = utf8[utf8.index(after: index)]
                output += #"\u20"#.utf8
                let value = (Int(second & 0x3F) << 6) | Int(third & 0x3F)
                output.append(hexDigits[value >> 4])
                output.append(hexDigits[value & 0xF])
                utf8.formIndex(&index, offsetBy: 2)
            case 0xC2 where index != utf8.endIndex && (0x80...0x9F).contains(utf8[index]):
                output += #"\u00"#.utf8
                output.append(hexDigits[Int(utf8[index] >> 4)])
                output.append(hexDigits[Int(utf8[index] & 0xF)])
                utf8.formIndex(after: &index)
            case 0xEF where isNonCharacter(utf8, at: index):
                output += (utf8[utf8.index(after: index)] == 0xBE ? #"\ufffe"# : #"\uffff"#).utf8
                utf8.formIndex(&index, offsetBy: 2)
            case 0..<0x20, 0x7F:
                output += #"\u00"#.utf8
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
        return String(decoding: output, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func needsEscape(_ byte: UInt8, htmlSafe: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20, 0x7F, 0xC2, 0xE2, 0xEF: true
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): htmlSafe
        default: false
        }
    }

    /// Whether the two bytes from `index` (after an EF) complete U+FFFE or U+FFFF.
    private static func isNonCharacter(_ utf8: String.UTF8View, at index: String.Index) -> Bool {
        continues(utf8, at: index, with: 0xBF, then: 0xBE...0xBF)
    }

    /// Whether the two bytes from `index` (after an E2) complete one of the characters written as an
    /// escape: U+2028 or U+2029, or a bidirectional control (U+202A–U+202E, U+2066–U+2069).
    private static func isEscapedGeneralPunctuation(_ utf8: String.UTF8View, at index: String.Index) -> Bool {
        continues(utf8, at: index, with: 0x80, then: 0xA8...0xAE) || continues(utf8, at: index, with: 0x81, then: 0xA6...0xA9)
    }

    /// Whether the bytes from `index` are `second`, then one in `last`.
    private static func continues(_ utf8: String.UTF8View, at index: String.Index, with second: UInt8, then last: ClosedRange<UInt8>) -> Bool {
        guard index != utf8.endIndex, utf8[index] == second else { return false }
        let third = utf8.index(after: index)
        return third != utf8.endIndex && last.contains(utf8[third])
    }
}
