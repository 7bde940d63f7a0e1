/// Prints an ``EncodedValue`` as canonical YAML: two-space indents, keys in model order, empty lists
/// left out, multi-line text as literal blocks, and quotes only where a plain scalar would be misread.
/// The same value always gives the same bytes.
enum YAMLWriter {
    static func write(_ value: EncodedValue) -> String {
        var output = ""
        switch value {
        case .mapping(let entries): writeMapping(entries, indent: 0, into: &output)
        case .list(let elements): writeList(elements, indent: 0, into: &output)
        default: output = scalar(value, indent: 0) + "\n"
        }
        return output
    }

    private static func pad(_ indent: Int) -> String { String(repeating: " ", count: indent) }

    private static func isEmptyList(_ value: EncodedValue) -> Bool {
        if case .list(let elements) = value { return elements.isEmpty }
        return value == .null
    }

    private static func writeMapping(_ entries: [(key: String, value: EncodedValue)], indent: Int, into output: inout String,
                                     firstLinePrefix: String? = nil) {
        var first = true
        for (key, value) in entries where !isEmptyList(value) {
            output += first ? (firstLinePrefix ?? pad(indent)) : pad(indent)
            first = false
            output += quoteIfNeeded(key) + ":"
            switch value {
            case .mapping(let nested):
                output += "\n"
                writeMapping(nested, indent: indent + 2, into: &output)
            case .list(let elements) where elements.allSatisfy(isShortScalar) && elements.count <= 8:
                output += " [" + elements.map { scalar($0, indent: indent + 2, inFlow: true) }.joined(separator: ", ") + "]\n"
            case .list(let elements):
                output += "\n"
                writeList(elements, indent: indent + 2, into: &output)
            default:
                output += " " + scalar(value, indent: indent + 2) + "\n"
            }
        }
        if first, let firstLinePrefix { output += firstLinePrefix + "{}\n" }
    }

    private static func writeList(_ elements: [EncodedValue], indent: Int, into output: inout String) {
        for element in elements {
            switch element {
            case .mapping(let entries):
                writeMapping(entries, indent: indent + 2, into: &output, firstLinePrefix: pad(indent) + "- ")
            case .list(let nested):
                output += pad(indent) + "-\n"
                writeList(nested, indent: indent + 2, into: &output)
            default:
                output += pad(indent) + "- " + scalar(element, indent: indent + 2) + "\n"
            }
        }
    }

    private static func isShortScalar(_ value: EncodedValue) -> Bool {
        switch value {
        case .string(let text, _): text.count <= 30 && !text.contains("\n")
        case .integer, .number, .boolean: true
        default: false
        }
    }

    private static func scalar(_ value: EncodedValue, indent: Int, inFlow: Bool = false) -> String {
        switch value {
        case .string(let text, let plain):
            if !inFlow, text.contains("\n"), let block = literalBlock(text, indent: indent) { return block }
            if plain, isSafePlain(text, inFlow: inFlow, allowTypedLook: true) { return text }
            return quoteIfNeeded(text, inFlow: inFlow)
        case .integer(let number): return String(number)
        case .number(let text): return text
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list, .mapping: return "null"
        }
    }

    /// `|` block for multi-line text, when the text can be one; nil when it needs a quoted scalar.
    private static func literalBlock(_ text: String, indent: Int) -> String? {
        guard text.unicodeScalars.allSatisfy({ $0 == "\n" || !isControl($0) }),
              !text.hasPrefix(" "), !text.hasPrefix("\n") else { return nil }
        var body = Substring(text)
        var chomp = "-"
        if body.hasSuffix("\n") {
            body = body.dropLast()
            chomp = body.hasSuffix("\n") ? "+" : ""
        }
        if chomp == "+" {
            return nil
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.contains(where: { $0.last == " " || $0.last == "\t" }) { return nil }
        let indented = lines.map { $0.isEmpty ? "" : pad(indent) + $0 }.joined(separator: "\n")
        return "|" + chomp + "\n" + indented
    }

    /// Characters a YAML scalar cannot hold as they are (libyaml refuses them as not printable),
    /// that would break a line, or that would reorder the text after them (the bidirectional
    /// controls a page may not hold, see ``ForbiddenCharacters``): they are written as escapes.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" || scalar == "\u{FFFE}" || scalar == "\u{FFFF}"
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The text as it may be written: plain when safe, in double quotes otherwise.
    static func quoteIfNeeded(_ text: String, inFlow: Bool = false) -> String {
        isSafePlain(text, inFlow: inFlow, allowTypedLook: false) ? text : doubleQuoted(text)
    }

    /// Whether `text` reads back as the same string when written without quotes.
    static func isSafePlain(_ text: String, inFlow: Bool, allowTypedLook: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if text.unicodeScalars.contains(where: { isControl($0) || $0 == "\t" || $0 == "\n" }) { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if inFlow, text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        if !allowTypedLook, looksTyped(text) { return false }
        return true
    }

    /// Whether a YAML 1.1 or 1.2 reader could take the plain text as a null, boolean, number or date.
    /// It errs on the side of quoting: anything made only of digits and number punctuation counts.
    private static let typedWords: Set<String> = [
        "~", "null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES",
        "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "=", "<<",
    ]
    private static let numberCharacters = Set("0123456789abcdefABCDEFxXoO_.:eE+-")

    private static func looksTyped(_ text: String) -> Bool {
        if typedWords.contains(text) { return true }
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard let first = body.first else { return false }
        // Numbers of every YAML flavour start with a digit or a dot: 12, 0x1F, 1_000, 1e3, .5, .inf, 1:30.
        if first.isASCII, first.isNumber || first == "." {
            let lowered = body.lowercased()
            if lowered == ".inf" || lowered == ".nan" { return true }
            // "77-80" and "77+" read as text in every YAML version; other runs of number characters may not.
            let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
            let halves = body.split(separator: "-", omittingEmptySubsequences: false)
            let isRangeOrPlus = (halves.count == 2 && digits(halves[0]) && digits(halves[1]))
                || (body.last == "+" && digits(body.dropLast()))
            if !isRangeOrPlus, body.allSatisfy({ numberCharacters.contains($0) }) { return true }
        }
        // Dates and timestamps: YYYY-M-D at the start.
        let parts = text.prefix(10).split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
           (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
           let day = parts[2].first, day.isASCII, day.isNumber {
            return true
        }
        return false
    }

    /// A double-quoted YAML scalar; escapes make every character survive.
    static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                if isControl(scalar) {
                    output += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
