import Foundation

/// Reads one number written in digits or English words: "1,200", "2,70,000", "1 000", "1.2 million",
/// "2m", "seventy-seven", "a dozen", "a quarter of a million", "two and a half million".
enum NumberPhrase {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Int] = [
        "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "million": 1_000_000,
        "crore": 10_000_000, "crores": 10_000_000, "billion": 1_000_000_000,
    ]
    static let scaleAbbreviations: [String: Int] = ["k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000]
    static let zeroWords: Set<String> = ["none", "no one", "nobody", "zero", "nil"]

    /// Whether the text holds a digit or a number word anywhere.
    static func mentionsNumber(_ text: String) -> Bool {
        if text.contains(where: \.isNumber) { return true }
        let words = text.split(whereSeparator: { !$0.isLetter })
        return words.contains { units[String($0)] != nil || scales[String($0)] != nil || $0 == "dozen" }
    }

    /// The scale word that ends a phrase ("2.5 million" → 1,000,000), if any.
    static func trailingScale(of text: String) -> Int? {
        guard let last = text.split(separator: " ").last.map(String.init) else { return nil }
        if let scale = scales[last], scale >= 1_000 { return scale }
        if let (_, scale) = splitAbbreviation(Substring(text)) { return scale }
        return nil
    }

    /// "2m" → ("2", 1,000,000), "3.5 bn" → ("3.5", 1,000,000,000): a number followed by k, m, mn or bn.
    private static func splitAbbreviation(_ text: Substring) -> (number: Substring, scale: Int)? {
        for (abbreviation, scale) in scaleAbbreviations where text.hasSuffix(abbreviation) {
            var number = text.dropLast(abbreviation.count)
            if number.last == " " { number = number.dropLast() }
            guard let last = number.last, last.isASCII, last.isNumber else { continue }
            return (number, scale)
        }
        return nil
    }

    /// The largest number a phrase may name (10¹⁵, far above any count of people): larger ones, and
    /// phrases whose arithmetic would overflow ("9999999999999 million", "dozen dozen dozen …"), are no number.
    static let largest = 1_000_000_000_000_000

    /// The number a whole phrase names, or nil when it is not exactly one number or is larger than ``largest``.
    static func parse(_ text: Substring) -> Int? {
        let text = trimmed(text)
        if text.isEmpty { return nil }
        if let number = plainInteger(text) { return number }
        if zeroWords.contains(text) { return 0 }
        let number = parseDigits(text) ?? parseWords(text)
        return number.flatMap { $0 <= largest ? $0 : nil }
    }

    /// `a * b`, or nil when it overflows or passes ``largest``.
    private static func product(_ a: Int, _ b: Int) -> Int? {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow || value > largest ? nil : value
    }

    /// `a + b`, or nil when it passes ``largest``.
    private static func sum(_ a: Int, _ b: Int) -> Int? {
        a > largest || b > largest || a + b > largest ? nil : a + b
    }

    /// The value of a number in words of the common short shapes: a number word with a scale or
    /// "dozen" after one space ("two million", "a million", "a dozen", "five lakh") and tens joined
    /// to units by a hyphen ("ninety-four"). Gives what ``parse(_:)`` gives for such text, and nil for
    /// any other text (which ``parse(_:)`` reads the general way).
    static func simpleWords(_ text: String) -> Int? {
        let bytes = text.utf8
        if let space = bytes.firstIndex(of: 0x20) {
            let first = String(text[..<space]), second = String(text[bytes.index(after: space)...])
            let multiplier = first == "a" || first == "an" ? 1 : units[first]
            let scale = second == "dozen" ? 12 : scales[second]
            guard let multiplier, multiplier > 0, let scale else { return nil }
            return product(multiplier, scale)
        }
        if let hyphen = bytes.firstIndex(of: 0x2D) {
            guard let tens = units[String(text[..<hyphen])], tens >= 20, tens % 10 == 0,
                  let unit = units[String(text[bytes.index(after: hyphen)...])], (1...9).contains(unit) else { return nil }
            return tens + unit
        }
        return nil
    }

    /// Whether the text is digits with a decimal part and no scale ("36.9"): ``parse(_:)`` reads a
    /// decimal only before a scale, so such text names no count, whatever qualifies it.
    static func isBareDecimal(_ text: String) -> Bool {
        var sawDot = false
        var digitsAfterDot = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if sawDot { digitsAfterDot += 1 }
            } else if byte == 0x2E, !sawDot {
                sawDot = true
            } else if byte != 0x2C || sawDot {
                return false
            }
        }
        return sawDot && digitsAfterDot > 0 && text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
    }

    /// The value of digits with a scale word after one space ("2.5 million", "999 million",
    /// "36.9 lakh", "1,200 crore"): a ``plainInteger(_:)`` with an optional decimal part of one to six
    /// digits, and a scale of a thousand or more. Gives what ``parse(_:)`` gives for such text, and
    /// nil for any other text (which ``parse(_:)`` reads the general way), read from the bytes alone.
    static func scaledDigits(_ text: String) -> Int? {
        let bytes = text.utf8
        guard let space = bytes.lastIndex(of: 0x20), let scale = scales[String(text[bytes.index(after: space)...])], scale >= 1_000
        else { return nil }
        let number = bytes[..<space]
        guard let dot = number.firstIndex(of: 0x2E) else {
            return plainInteger(String(text[..<space])).flatMap { product($0, scale) }
        }
        let fraction = number[number.index(after: dot)...]
        guard (1...6).contains(fraction.count), let whole = plainInteger(String(text[..<dot])) else { return nil }
        var fractionDigits = 0
        var divisor = 1
        for byte in fraction {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            fractionDigits = fractionDigits * 10 + Int(byte - 0x30)
            divisor *= 10
        }
        guard let fractionValue = product(fractionDigits, scale), fractionValue % divisor == 0,
              let wholeValue = product(whole, scale) else { return nil }
        return sum(wholeValue, fractionValue / divisor)
    }

    /// The value of ASCII digits with no grouping or grouped by commas in thousands or the Indian way
    /// ("77", "1,000", "2,70,000"), of at most 15 digits; nil for anything else, which ``parse(_:)``
    /// reads (or refuses) the general way. Gives what ``parse(_:)`` gives for such text.
    static func plainInteger(_ text: String) -> Int? {
        var value = 0
        var digits = 0
        var group = 0
        // The groups are checked as they end, without keeping them: the first group's size, and
        // whether every later one (thousands) or every middle one (the Indian way) has the right size.
        var firstGroup: Int?
        var laterGroupsAreThrees = true
        var middleGroupsAreTwos = true
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                value = value &* 10 &+ Int(byte - 0x30)
                digits += 1
                group += 1
                guard digits <= 15 else { return nil }
            } else if byte == 0x2C {
                guard group > 0 else { return nil }
                if firstGroup == nil {
                    firstGroup = group
                } else {
                    // A group a comma ends, after the first, is a middle group.
                    if group != 3 { laterGroupsAreThrees = false }
                    if group != 2 { middleGroupsAreTwos = false }
                }
                group = 0
            } else {
                return nil
            }
        }
        guard group > 0 else { return nil }
        guard let firstGroup else { return value }
        let thousands = (1...3).contains(firstGroup) && laterGroupsAreThrees && group == 3
        let indian = (1...2).contains(firstGroup) && group == 3 && middleGroupsAreTwos
        return thousands || indian ? value : nil
    }

    /// The text without white space at either end; text that starts and ends with a visible ASCII
    /// character (nearly every number) is taken as it is, without Foundation's trimming.
    static func trimmed(_ text: Substring) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return String(text)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Digits with any usual grouping ("1,200", "2,70,000", "1 000"), an optional decimal part when a
    /// scale follows ("1.2 million", "2m"), and an optional scale word or abbreviation.
    private static func parseDigits(_ text: String) -> Int? {
        var body = Substring(text)
        var scale = 1
        if let space = body.lastIndex(of: " "), let word = scales[String(body[body.index(after: space)...])], word >= 1_000 {
            scale = word
            body = body[..<space]
        } else if let (number, abbreviated) = splitAbbreviation(body) {
            scale = abbreviated
            body = number
        }
        var fraction: Substring?
        if let dot = body.firstIndex(of: ".") {
            fraction = body[body.index(after: dot)...]
            body = body[..<dot]
        }
        guard isGroupedInteger(body), let first = body.first, first.isNumber else { return nil }
        let digits = body.filter(\.isNumber)
        guard digits.count <= 15, let whole = Int(digits) else { return nil }
        guard let fraction else { return product(whole, scale) }
        guard scale > 1, (1...6).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              let fractionDigits = Int(fraction) else { return nil }
        var divisor = 1
        for _ in 0..<fraction.count { divisor *= 10 }
        guard let fractionValue = product(fractionDigits, scale), fractionValue % divisor == 0,
              let wholeValue = product(whole, scale) else { return nil }
        return sum(wholeValue, fractionValue / divisor)
    }

    /// Plain digits, or digits grouped by thousands with commas or spaces, or the Indian grouping
    /// (2,70,000: twos, then a final three).
    private static func isGroupedInteger(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == " " }) else { return false }
        for separator: Character in [",", " "] where text.contains(separator) {
            let groups = text.split(separator: separator, omittingEmptySubsequences: false).map(\.count)
            guard !text.contains(separator == "," ? " " : ","), groups.count >= 2, groups.allSatisfy({ $0 > 0 }) else { return false }
            let thousands = (1...3).contains(groups[0]) && groups.dropFirst().allSatisfy { $0 == 3 }
            let indian = separator == "," && (1...2).contains(groups[0]) && groups.last == 3
                && groups.dropFirst().dropLast().allSatisfy { $0 == 2 }
            return thousands || indian
        }
        return true
    }

    private static func parseWords(_ text: String) -> Int? {
        // Hyphens separate words as spaces do ("seventy-seven"); ASCII text is split without Foundation.
        var words = text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init)
            : text.replacingOccurrences(of: "-", with: " ").split(separator: " ").map(String.init)
        if let fraction = parseFractionOfScale(words) { return fraction }
        if words.count >= 2, words[0] == "a" || words[0] == "an" { words[0] = "one" }
        var total = 0
        var current = 0
        var sawNumber = false
        var index = 0
        while index < words.count {
            let word = words[index]
            if let unit = units[word] {
                guard let next = sum(current, unit) else { return nil }
                current = next
                sawNumber = true
            } else if word == "dozen" {
                guard let next = product(max(current, 1), 12) else { return nil }
                current = next
                sawNumber = true
            } else if word == "and", sawNumber, index + 2 < words.count, words[index + 1] == "a", words[index + 2] == "half",
                      index + 3 < words.count, let scale = scales[words[index + 3]] {
                guard let scaled = product(current, scale), let next = sum(total, scaled + scale / 2) else { return nil }
                total = next
                current = 0
                index += 4
                continue
            } else if word == "and", sawNumber {
                // "one hundred and twenty"
            } else if let scale = scales[word], sawNumber {
                if scale == 100 {
                    guard let next = product(max(current, 1), 100) else { return nil }
                    current = next
                } else {
                    guard let scaled = product(max(current, 1), scale), let next = sum(total, scaled) else { return nil }
                    total = next
                    current = 0
                }
            } else {
                return nil
            }
            index += 1
        }
        return sawNumber ? sum(total, current) : nil
    }

    /// "a quarter of a million", "half a million", "three quarters of a million", "a half million",
    /// "half a dozen".
    private static func parseFractionOfScale(_ words: [String]) -> Int? {
        let phrase = words.joined(separator: " ")
        let fractions: [(String, Int, Int)] = [
            ("a quarter of a ", 1, 4), ("quarter of a ", 1, 4), ("three quarters of a ", 3, 4),
            ("half a ", 1, 2), ("a half ", 1, 2), ("half of a ", 1, 2),
        ]
        for (prefix, numerator, denominator) in fractions where phrase.hasPrefix(prefix) {
            let rest = String(phrase.dropFirst(prefix.count))
            if rest == "dozen", prefix == "half a " { return 6 }  // "half a dozen"
            guard let scale = scales[rest], scale >= 1_000 else { return nil }
            return scale * numerator / denominator
        }
        return nil
    }
}
