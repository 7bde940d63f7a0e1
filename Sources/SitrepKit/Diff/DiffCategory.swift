import Foundation

/// The parts of a situation a diff compares, in the order every diff output lists them.
/// `--only` names them: `figures,borders`.
public enum DiffCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The header: edition number, as-of date, and the other fields that describe the edition.
    case edition
    /// Casualty, displacement and damage figures.
    case figures
    /// Border status.
    case borders
    /// Aid flights.
    case flights
    /// International responses.
    case responses
    /// Measures of the affected government.
    case measures
    /// Allegations and their denials.
    case allegations
    /// The source list.
    case sources
    /// The summary and the highlights, compared word by word.
    case text

    /// How a report titles the category: "Figures", "Aid flights".
    public var title: String {
        switch self {
        case .edition: "Edition"
        case .figures: "Figures"
        case .borders: "Borders"
        case .flights: "Aid flights"
        case .responses: "International responses"
        case .measures: "Measures"
        case .allegations: "Allegations"
        case .sources: "Sources"
        case .text: "Summary and highlights"
        }
    }

    /// Orders categories as outputs list them.
    public static func < (lhs: DiffCategory, rhs: DiffCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Reads a comma-separated list of category names, as `--only` takes it (`figures,borders`).
    /// - Throws: ``SitrepError`` naming a word that is not a category, with the closest one.
    public static func parseList(_ text: String) throws -> Set<DiffCategory> {
        var categories: Set<DiffCategory> = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !word.isEmpty {
            guard let category = DiffCategory(rawValue: word.lowercased()) else {
                let names = allCases.map(\.rawValue)
                var message = "'\(word)' is not a diff category; expected one of: \(names.joined(separator: ", "))"
                if let suggestion = Suggestion.closest(to: word, among: names) { message += " (did you mean '\(suggestion)'?)" }
                throw SitrepError(message)
            }
            categories.insert(category)
        }
        guard !categories.isEmpty else {
            throw SitrepError("no diff category given; expected one or more of: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return categories
    }
}
