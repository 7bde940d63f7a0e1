/// Every figure of a crisis across its editions as CSV, with an HXL hashtag row under the header,
/// so the data can go straight to the Humanitarian Data Exchange.
///
/// One row per figure. The number the figure's words name (`Count.value`) stands in the column of
/// its metric; the count as written, its qualifier and its scope (a running total or new since the
/// last edition) follow, so "at least 77" is never mistaken for 77, nor "another 2,000" for a total.
/// Vague words ("thousands") and unknown counts leave the number empty: they name no number.
enum HXLExport {
    /// The columns: header, HXL hashtag, and the value for one figure of one edition.
    private static let fixedColumns: [(header: String, tag: String, value: @Sendable (Situation, Figure) -> String)] = [
        ("Date", "#date+reported", { situation, figure in (figure.asOf ?? situation.asOf).dayText }),
        ("Edition", "#meta+edition", { situation, _ in String(situation.edition) }),
        ("Country code", "#country+code", { situation, _ in situation.country.code }),
        ("Country", "#country+name", { situation, _ in situation.country.name }),
        ("Place", "#adm1+name", { _, figure in figure.place ?? "" }),
        ("Group", "#population+type", { _, figure in figure.group ?? "" }),
        ("Metric", "#indicator+name", { _, figure in figure.metric.rawValue }),
    ]

    /// The HXL hashtag of each metric's column.
    static func tag(for metric: Metric) -> String {
        switch metric {
        case .killed: "#affected+killed"
        case .injured: "#affected+injured"
        case .missing: "#affected+missing"
        case .affected: "#affected+total"
        case .cases: "#affected+infected"
        case .displaced: "#affected+displaced"
        case .refugees: "#affected+refugees"
        case .atBorder: "#affected+displaced+border"
        case .stranded: "#affected+stranded"
        case .evacuated: "#affected+evacuated"
        case .homeless: "#affected+homeless"
        case .returned: "#affected+returnees"
        case .housesDestroyed: "#impact+shelter+destroyed"
        case .housesDamaged: "#impact+shelter+damaged"
        }
    }

    private static let trailingColumns: [(header: String, tag: String, value: @Sendable (Situation, Figure) -> String)] = [
        ("Count as written", "#meta+count+text", { _, figure in figure.count.text }),
        ("Qualifier", "#meta+qualifier", { _, figure in figure.count.qualifier.rawValue }),
        // A count new since the last edition beside a total of the same day and place: never add them up.
        ("Scope", "#meta+scope", { _, figure in (figure.scope ?? .cumulative).rawValue }),
        ("Source", "#meta+source", { situation, figure in
            figure.source.flatMap { situation.source(withID: $0) }.map { $0.publisher ?? $0.id } ?? "" }),
        ("Source URL", "#meta+url", { situation, figure in
            figure.source.flatMap { situation.source(withID: $0)?.url } ?? "" }),
    ]

    /// The CSV for a crisis's editions, oldest first.
    static func csv(for crisis: PublishedCrisis) -> String {
        var rows: [[String]] = []
        rows.append(fixedColumns.map(\.header) + Metric.allCases.map(\.caption).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            + trailingColumns.map(\.header))
        rows.append(fixedColumns.map(\.tag) + Metric.allCases.map(tag(for:)) + trailingColumns.map(\.tag))
        for edition in crisis.editions {
            let situation = edition.situation
            for figure in situation.figures {
                let number = figure.count.qualifier == .vague ? nil : figure.count.value
                let metricCells = Metric.allCases.map { $0 == figure.metric ? number.map(String.init) ?? "" : "" }
                rows.append(fixedColumns.map { $0.value(situation, figure) } + metricCells
                    + trailingColumns.map { $0.value(situation, figure) })
            }
        }
        return rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV cell: quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or `@`
    /// is prefixed with `'` so spreadsheets do not run it as a formula; control characters and
    /// U+FFFE/U+FFFF are shown as U+FFFD (``ForbiddenCharacters``), so the file stays text.
    ///
    /// Every test reads code points, not characters: `=` or `"` followed by a combining mark is one
    /// `Character` that is neither, and `\r\n` one that is neither `\r` nor `\n`.
    static func cell(_ text: String) -> String {
        var text = ForbiddenCharacters.replaced(in: text)
        if startsLikeAFormula(text), Int(text) == nil { text = "'" + text }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Whether a spreadsheet could read the text as a formula: it starts with a tab or carriage
    /// return, or its first code point after spaces and invisible format characters (U+200B,
    /// U+FEFF…), which some spreadsheets skip, is `=`, `+`, `-` or `@`.
    static func startsLikeAFormula(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\r", "=", "+", "-", "@": return true
            default:
                let category = scalar.properties.generalCategory
                guard category == .spaceSeparator || category == .format else { return false }
            }
        }
        return false
    }
}
