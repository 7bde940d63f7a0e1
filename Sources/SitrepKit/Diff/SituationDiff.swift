import Foundation

/// The semantic difference between two editions of a situation: what was added, removed or
/// changed, item by item, matched by identity and never by position or formatting.
///
/// Items pair across editions by `id:` when both give one, otherwise by natural key: a figure by
/// metric, group and place (and source, where several share those); a border by its two countries in
/// either order; a flight by origin, destination and date; a response by actor, kind and target; a
/// measure by kind and place; an allegation by its claim; a source by its id. Counts compare by
/// meaning ("77" equals "seventy-seven"), text with white space normalised, and lists whose order
/// carries no meaning as sets.
public struct SituationDiff: Sendable, Hashable {
    /// The older edition.
    public let old: DiffSide
    /// The newer edition.
    public let new: DiffSide
    /// The categories compared, in output order (all of them unless `--only` narrowed it).
    public let categories: [DiffCategory]
    /// Every change, grouped by category in output order.
    public let changes: [DiffChange]

    /// Compares two situations.
    /// - Parameters:
    ///   - old: the earlier edition.
    ///   - new: the later edition.
    ///   - oldFile: how outputs name the old edition's file.
    ///   - newFile: how outputs name the new edition's file.
    ///   - categories: the categories to compare; the others are left out as if they were equal.
    public init(
        old: Situation, new: Situation, oldFile: String, newFile: String,
        only categories: Set<DiffCategory> = Set(DiffCategory.allCases)
    ) {
        self.old = DiffSide(situation: old, file: oldFile)
        self.new = DiffSide(situation: new, file: newFile)
        self.categories = categories.sorted()
        self.changes = self.categories.flatMap { category -> [DiffChange] in
            switch category {
            case .edition: EditionComparison.changes(old: old, new: new)
            case .figures: ItemProfiles.figures.changes(old: old.figures, new: new.figures, oldSituation: old, newSituation: new)
            case .borders: ItemProfiles.borders.changes(old: old.borders, new: new.borders, oldSituation: old, newSituation: new)
            case .flights: ItemProfiles.flights.changes(old: old.aidFlights, new: new.aidFlights, oldSituation: old, newSituation: new)
            case .responses: ItemProfiles.responses.changes(old: old.responses, new: new.responses, oldSituation: old, newSituation: new)
            case .measures: ItemProfiles.measures.changes(old: old.measures, new: new.measures, oldSituation: old, newSituation: new)
            case .allegations:
                ItemProfiles.allegations.changes(old: old.allegations, new: new.allegations, oldSituation: old, newSituation: new)
            case .sources: ItemProfiles.sources.changes(old: old.sources, new: new.sources, oldSituation: old, newSituation: new)
            case .text: TextComparison.changes(old: old, new: new)
            }
        }
    }

    /// Compares two editions read from files, naming them by their paths.
    public init(old: SituationDocument, new: SituationDocument, only categories: Set<DiffCategory> = Set(DiffCategory.allCases)) {
        self.init(old: old.situation, new: new.situation, oldFile: old.path, newFile: new.path, only: categories)
    }

    /// Reads both files with ``EditionReader`` (situation files or generated sitreps) and compares them.
    /// - Throws: ``SitrepError`` naming a file that cannot be read or is no situation, or
    ///   ``SituationFileError`` with file, line and column for an invalid situation.
    public static func compare(
        oldPath: String, newPath: String, only categories: Set<DiffCategory> = Set(DiffCategory.allCases)
    ) throws -> SituationDiff {
        let old = try EditionReader.load(path: oldPath)
        let new = try EditionReader.load(path: newPath)
        return SituationDiff(old: old, new: new, only: categories)
    }

    /// Whether the editions differ in the categories compared (`sitrep diff` exits 1 then, 0 otherwise).
    public var hasChanges: Bool { !changes.isEmpty }

    /// Whether either edition is an exercise; every output then says EXERCISE.
    public var isExercise: Bool { old.exercise || new.exercise }

    /// The new edition's crisis title, led by "EXERCISE – " for an exercise whose title does not
    /// already begin with the word.
    public var crisisTitle: String {
        let saysSo = new.crisis.uppercased().hasPrefix("EXERCISE")
        return (isExercise && !saysSo ? "EXERCISE – " : "") + new.crisis
    }

    /// The changes of one category.
    public func changes(in category: DiffCategory) -> [DiffChange] {
        changes.filter { $0.category == category }
    }

    /// How many changes of each kind: "12 changes: 6 changed, 4 added, 2 removed", or "no changes".
    public var tally: String {
        guard hasChanges else { return "no changes" }
        let parts = [DiffChangeKind.changed, .added, .removed].compactMap { kind -> String? in
            let count = changes.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(kind.word)"
        }
        return "\(changes.count) change\(changes.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}
