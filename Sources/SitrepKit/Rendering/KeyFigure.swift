/// The headline for one metric: the figure marked `headline: true`, or else the range of the figures
/// for the metric's most-reported group and place, each source's highest, with every source. Figures
/// are never added up.
public struct KeyFigure: Sendable, Equatable {
    /// What is counted.
    public let metric: Metric
    /// The count as shown: the words of one figure ("at least 77"), or a range of several ("77–80");
    /// followed by "new" when every figure counts only what is new since the last report.
    public let countText: String
    /// Who, when the figures say.
    public let group: String?
    /// Where, when the figures say.
    public let place: String?
    /// The latest as-of date among the figures shown, if any figure has one.
    public let asOf: SitrepDate?
    /// The figures the headline stands on, in file order.
    public let figures: [Figure]

    /// Whether the card counts only what is new since the last edition (`scope: new`), no total:
    /// such a count is never compared with an earlier one.
    public var countsOnlyWhatIsNew: Bool { !figures.isEmpty && figures.allSatisfy { $0.scope == .new } }

    /// Whether no figure for the metric holds a number.
    public var isUnknown: Bool { figures.allSatisfy { !$0.count.isKnown } }

    /// The key figures of a situation, one per metric that has figures, in metric order.
    public static func headlines(of situation: Situation) -> [KeyFigure] {
        let all = situation.figures
        return Metric.allCases.compactMap { metric in
            let figures = all.filter { $0.metric == metric }
            return figures.isEmpty ? nil : headline(metric: metric, figures: figures, editionDate: situation.asOf)
        }
    }

    /// The headline of one metric, group and place in a situation (a trend follows one place, never
    /// joining one edition's Osh to another's Jalalabad); nil when it has no such figure.
    static func headline(of situation: Situation, metric: Metric, group: String?, place: String?) -> KeyFigure? {
        let cardGroup = Figure.cardGroup(of: group)
        let figures = situation.figures.filter { $0.metric == metric && $0.cardGroup == cardGroup && $0.place == place }
        return figures.isEmpty ? nil : headline(metric: metric, figures: figures, editionDate: situation.asOf)
    }

    /// Whether every figure it stands on is of its one group and place.
    var isOfOnePlace: Bool { figures.allSatisfy { $0.cardGroup == Figure.cardGroup(of: group) && $0.place == place } }

    private static func headline(metric: Metric, figures: [Figure], editionDate: SitrepDate) -> KeyFigure {
        // A count new since the last report ("another 5 died") is no total: beside totals it would
        // read as the low end of a range ("5–145"), so a card shows totals when there are any.
        let totals = figures.filter { $0.scope != .new }
        let onlyNew = totals.isEmpty
        let figures = onlyNew ? figures : totals
        let marked = figures.filter { $0.headline == true }
        var chosen: [Figure]
        if !marked.isEmpty {
            chosen = marked
        } else {
            // The group and place whose figures reach highest; ties go to the one listed first.
            // "people" and no group are one group.
            var groups: [[Figure]] = []
            for figure in figures {
                if let index = groups.firstIndex(where: { $0[0].cardGroup == figure.cardGroup && $0[0].place == figure.place }) {
                    groups[index].append(figure)
                } else {
                    groups.append([figure])
                }
            }
            chosen = groups.max { lhs, rhs in reach(lhs) < reach(rhs) } ?? figures
        }
        // A figure with no number ("not known") is not cited for the number its neighbours give.
        let known = chosen.filter(\.count.isKnown)
        if !known.isEmpty { chosen = known }
        // A figure true as of an earlier day than the others (its own `as_of`; none is the edition's
        // date) has been overtaken: the card shows the latest; the figure stays in the report's list.
        // Days are compared, not times: a figure of the edition's day stays beside one of its evening;
        // a time with its offset from UTC is taken on the edition's clock (20:00Z on the 13th is the
        // 14th at UTC+6).
        func day(_ date: SitrepDate) -> Int { date.dayNumber(atUTCOffset: editionDate.utcOffsetMinutes ?? 0) }
        if let latest = chosen.map({ day($0.asOf ?? editionDate) }).max() {
            chosen = chosen.filter { day($0.asOf ?? editionDate) == latest }
        }
        // One source's different numbers for one group and place are a part and its whole, or an
        // older and a newer count, not an uncertainty: the card shows each source's highest. (An
        // article saying ten died, two of them in one town, read "2–10".)
        if marked.isEmpty {
            var highest: [String?: Int] = [:]
            for figure in chosen { highest[figure.source] = max(highest[figure.source] ?? Int.min, reach([figure])) }
            chosen = chosen.filter { reach([$0]) == highest[$0.source] }
        }
        let shared = { (value: (Figure) -> String?) -> String? in
            let values = Set(chosen.map(value))
            return values.count == 1 ? values.first! : nil
        }
        return KeyFigure(
            metric: metric, countText: countText(of: chosen) + (onlyNew ? " new" : ""),
            group: shared(\.cardGroup) ?? chosen.lazy.compactMap(\.group).first, place: shared(\.place),
            asOf: chosen.compactMap(\.asOf).max(), figures: chosen)
    }

    /// Whether the card shows more than one count, so each source must say which count it gives.
    /// (Two exact figures that name one number, "77" and "seventy-seven", show one count.)
    public var showsSeveralCounts: Bool {
        let known = figures.filter(\.count.isKnown)
        guard Set(known.map(\.count.text)).count > 1 else { return false }
        guard known.allSatisfy({ $0.count.qualifier == .exact }) else { return true }
        return Set(known.compactMap(\.count.low)).count > 1
    }

    /// Who gives which count, one citation per source, in the order the card shows the counts:
    /// for "77 / at least 100", the source of 77 comes first, whatever the order of the file.
    public var citations: [KeyFigureCitation] {
        var citations: [KeyFigureCitation] = []
        let shown = figures.contains(where: \.count.isKnown) ? Self.inCountOrder(figures.filter(\.count.isKnown)) : figures
        for figure in shown {
            guard let source = figure.source else { continue }
            if let index = citations.firstIndex(where: { $0.source == source }) {
                if !citations[index].counts.contains(figure.count.text) { citations[index].counts.append(figure.count.text) }
            } else {
                citations.append(KeyFigureCitation(source: source, counts: [figure.count.text]))
            }
        }
        return citations
    }

    /// Figures lowest first; at one number, "nearly" before the number before "at least"; then in
    /// file order. The order of the counts on the card, and of their sources.
    static func inCountOrder(_ figures: [Figure]) -> [Figure] {
        func rank(_ figure: Figure) -> Int {
            switch figure.count.qualifier {
            case .nearly, .upTo: 0
            case .atLeast, .moreThan: 2
            default: 1
            }
        }
        return figures.enumerated().sorted {
            ($0.element.count.value ?? 0, rank($0.element), $0.offset) < ($1.element.count.value ?? 0, rank($1.element), $1.offset)
        }.map(\.element)
    }

    private static func reach(_ figures: [Figure]) -> Int {
        figures.compactMap { $0.count.high ?? $0.count.value }.max() ?? -1
    }

    /// One figure's words; across several figures, "77–80" when every figure is an exact number
    /// or range, else each figure's own words, lowest first ("at least 124 / 130"), so no
    /// qualifier is lost and none hides another; "not known" when no figure has a number.
    static func countText(of figures: [Figure]) -> String {
        let known = figures.filter(\.count.isKnown)
        guard !known.isEmpty else { return "not known" }
        if Set(known.map(\.count.text)).count == 1 { return known[0].count.text }
        if known.allSatisfy({ $0.count.qualifier == .exact || $0.count.qualifier == .range }) {
            let low = known.compactMap(\.count.low).min()!, high = known.compactMap(\.count.high).max()!
            return low == high ? NumberText.grouped(low) : "\(NumberText.grouped(low))–\(NumberText.grouped(high))"
        }
        var texts: [String] = []
        for figure in inCountOrder(known) where !texts.contains(figure.count.text) { texts.append(figure.count.text) }
        return texts.joined(separator: " / ")
    }
}

/// Numbers as reports print them.
enum NumberText {
    /// "1,200,000": digits grouped by thousands with commas, whatever the machine's locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return number < 0 ? "-" + output : output
    }
}
