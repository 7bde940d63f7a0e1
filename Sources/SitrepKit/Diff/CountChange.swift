/// How a figure's count changed between two editions: the words, the number and its qualifier.
public struct CountChange: Sendable, Hashable {
    /// The count in the old edition.
    public let old: Count
    /// The count in the new edition.
    public let new: Count

    /// Creates the change from the two counts.
    public init(old: Count, new: Count) {
        self.old = old
        self.new = new
    }

    /// New minus old, from ``Count/value``, when both counts name a number. A vague word
    /// ("hundreds") names no number, so a change from or to one has no delta.
    public var delta: Int? {
        guard old.qualifier != .vague, new.qualifier != .vague, let before = old.value, let after = new.value else { return nil }
        let (difference, overflow) = after.subtractingReportingOverflow(before)
        return overflow || difference == Int.min ? nil : difference
    }

    /// The change in tenths of a percent of the old number (133 for +13.3 %); nil when a count is
    /// unknown or the old number is 0. Rounded half away from zero.
    public var percentTenths: Int? {
        guard let delta, let before = old.value, before != 0 else { return nil }
        let tenths = (Double(delta) * 1000 / Double(before)).rounded(.toNearestOrAwayFromZero)
        return abs(tenths) < 1e15 ? Int(tenths) : nil
    }

    /// The change as a percentage of the old number, to one decimal (13.3); see ``percentTenths``.
    public var percent: Double? { percentTenths.map { Double($0) / 10 } }

    /// Whether the qualifier changed while both counts stayed known ("about 300" → "at least 340").
    public var qualifierChanged: Bool {
        old.isKnown && new.isKnown && old.qualifier != new.qualifier
    }

    /// Whether a count that held a number is now `unknown`.
    public var becameUnknown: Bool { old.isKnown && !new.isKnown }

    /// Whether an `unknown` count now holds a number.
    public var becameKnown: Bool { !old.isKnown && new.isKnown }

    /// Whether the two counts say the same thing (the same qualifier and bounds), however worded:
    /// "77" and "seventy-seven" are equal.
    public var isEqual: Bool { Self.same(old, new) }

    /// Whether two counts say the same thing, whatever their words.
    static func same(_ a: Count, _ b: Count) -> Bool {
        a.qualifier == b.qualifier && a.low == b.low && a.high == b.high
    }

    /// "+40, +13.3%; qualifier about → at least", "no longer known"; empty when there is nothing to add.
    public var explanation: String {
        var parts: [String] = []
        if let delta, delta != 0 {
            parts.append(Self.signed(delta) + (percentTenths.map { ", " + Self.signedPercent($0) } ?? ""))
        }
        var notes: [String] = []
        if qualifierChanged { notes.append("qualifier \(old.qualifier.phrase) → \(new.qualifier.phrase)") }
        if becameUnknown { notes.append("no longer known") }
        if becameKnown { notes.append("now known") }
        if !notes.isEmpty { parts.append(notes.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// "about 300 → at least 340 (+40, +13.3%; qualifier about → at least)".
    public var summary: String {
        let explanation = explanation
        return "\(old.text) → \(new.text)" + (explanation.isEmpty ? "" : " (\(explanation))")
    }

    /// "+1,200" or "-3".
    static func signed(_ number: Int) -> String {
        (number < 0 ? "-" : "+") + NumberText.grouped(abs(number))
    }

    /// "+13.3%" from tenths of a percent.
    static func signedPercent(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : "+"
        return "\(sign)\(NumberText.grouped(abs(tenths) / 10)).\(abs(tenths) % 10)%"
    }
}

extension Count.Qualifier {
    /// The qualifier as a person says it: "at least", "about", "exact".
    var phrase: String {
        switch self {
        case .exact: "exact"
        case .atLeast: "at least"
        case .moreThan: "more than"
        case .nearly: "nearly"
        case .about: "about"
        case .upTo: "up to"
        case .range: "range"
        case .vague: "vague"
        case .unknown: "unknown"
        }
    }
}
