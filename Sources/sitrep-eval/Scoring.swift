import SitrepKit

/// Precision and recall of one category.
struct Tally {
    var extracted = 0
    var correct = 0
    var gold = 0
    var found = 0

    var precision: Double { extracted == 0 ? 1 : Double(correct) / Double(extracted) }
    var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(extracted: lhs.extracted + rhs.extracted, correct: lhs.correct + rhs.correct, gold: lhs.gold + rhs.gold, found: lhs.found + rhs.found)
    }
}

/// How the scorer names the category of an extracted figure (nil: the gold has no such category).
func goldCategory(of metric: Metric) -> String? {
    switch metric {
    case .killed, .injured, .missing, .affected, .cases, .displaced, .refugees, .evacuated: metric.rawValue
    case .homeless: "displaced"
    case .atBorder: "refugees"
    case .housesDestroyed: "houses_destroyed"
    case .stranded, .returned, .housesDamaged: nil
    }
}

/// The core figure categories the targets apply to.
let coreCategories = ["killed", "injured", "missing", "displaced", "refugees", "evacuated", "affected", "cases"]
