import Foundation

extension SitrepDate {
    /// The date `days` days later (earlier when negative), written as this one is: a date-time keeps
    /// its time of day and zone as written. Nil when the day falls outside the years 0000–9999.
    func moved(byDays days: Int) -> SitrepDate? {
        // The inverse of `dayNumber` (days since 1970-01-01), proleptic Gregorian calendar.
        let z = dayNumber + days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (0...9999).contains(year) else { return nil }
        return SitrepDate(String(format: "%04d-%02d-%02d", year, month, day) + text.dropFirst(10))
    }
}
