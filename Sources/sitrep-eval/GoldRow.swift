import SitrepKit

/// One expected fact of `gold.tsv`: file, category, value, qualifier, detail, sentence, gold_source, note.
struct GoldRow {
    let file: String
    let category: String
    let value: String
    let qualifier: String
    let detail: String
    let sentence: String
    let goldSource: String
    let note: String

    /// Reads the rows of a `gold.tsv` text, skipping the header.
    static func rows(_ text: String) -> [GoldRow] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { return nil }
            func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
            return GoldRow(file: field(0), category: field(1), value: field(2), qualifier: field(3), detail: field(4),
                           sentence: field(5), goldSource: field(6), note: field(7))
        }
    }
}

/// A value to compare extracted counts with: a number, a range or a vague word.
enum GoldValue: Equatable {
    case number(Int)
    case range(Int, Int)
    case vague(String)

    static let vagueWords = ["hundreds of thousands", "tens of thousands", "dozens", "hundreds", "thousands", "millions", "scores", "several"]

    /// Reads a gold value: "1,000", "8,000,000", "1.2 million", "one million", "30-40", "thousands",
    /// "hundreds, perhaps thousands" (the first word).
    init?(_ text: String) {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let word = GoldValue.vagueWords.first(where: { lower.hasPrefix($0) }) {
            self = .vague(word)
            return
        }
        let parts = lower.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let low = Count(parsing: parts[0])?.value, let high = Count(parsing: parts[1])?.value {
            self = .range(low, high)
            return
        }
        guard let count = Count(parsing: lower), let value = count.value else { return nil }
        self = .number(value)
    }

    /// Whether an extracted count says this value.
    func matches(_ count: Count) -> Bool {
        switch self {
        case .number(let value):
            return count.qualifier != .range && count.qualifier != .vague && count.value == value
        case .range(let low, let high):
            return count.qualifier == .range && count.low == low && count.high == high
        case .vague(let word):
            return count.qualifier == .vague && count.text.lowercased().contains(word)
        }
    }
}
