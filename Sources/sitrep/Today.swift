import Foundation
import SitrepKit

/// Today's date in UTC: the one wall-clock value sitrep uses, and only where the user leaves the
/// date of a new edition to it.
enum Today {
    /// Today, `YYYY-MM-DD`, in UTC.
    static var date: SitrepDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let text = String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
        return SitrepDate(text)!
    }
}
