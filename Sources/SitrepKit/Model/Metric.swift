/// What a figure counts. Each metric belongs to one section of a situation file.
public enum Metric: String, ModelEnum {
    case killed, injured, missing, affected, cases
    case displaced, refugees
    case atBorder = "at_border"
    case stranded, evacuated, homeless, returned
    case housesDestroyed = "houses_destroyed"
    case housesDamaged = "houses_damaged"

    public static let fieldDescription = "metric"
    public static let synonyms: [String: Metric] = [
        "dead": .killed, "deaths": .killed, "died": .killed, "fatalities": .killed, "wounded": .injured, "hurt": .injured,
        "idps": .displaced, "evacuees": .evacuated,
    ]

    /// The section of a situation file that holds figures of this metric.
    public var section: FigureSection {
        switch self {
        case .killed, .injured, .missing, .affected, .cases: .casualties
        case .displaced, .refugees, .atBorder, .stranded, .evacuated, .homeless, .returned: .displacement
        case .housesDestroyed, .housesDamaged: .damage
        }
    }

    /// How reports and diffs name a figure of this metric: "people killed in Osh", "ethnic Uzbeks at
    /// the border (Kyrgyz-Uzbek border)", "refugees (families)".
    public func caption(group: String?, place: String?) -> String {
        var caption = group.map { captionIsNoun ? "\(self.caption) (\($0))" : "\($0) \(self.caption)" } ?? self.caption
        if let place {
            caption += self == .atBorder ? " (\(place))" : " in \(place)"
        }
        return caption
    }

    /// Whether the caption starts with a noun ("refugees", "cases", "houses destroyed") rather than
    /// saying what happened ("killed", "displaced"), so a group is put after it in brackets.
    var captionIsNoun: Bool {
        [.refugees, .cases, .housesDestroyed, .housesDamaged].contains(self)
    }

    /// How a report names the metric: "killed", "at the border", "houses destroyed".
    public var caption: String {
        switch self {
        case .atBorder: "at the border"
        case .cases: "cases"
        default: label
        }
    }
}

/// The three sections of a situation file that hold figures.
public enum FigureSection: String, Sendable, CaseIterable {
    case casualties, displacement, damage

    /// The metrics this section accepts.
    public var metrics: [Metric] { Metric.allCases.filter { $0.section == self } }
}
