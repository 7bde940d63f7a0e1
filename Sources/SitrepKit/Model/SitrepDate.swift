/// A date or date-time as written in a situation file: `2010-06-12` or `2010-06-12T14:00Z`.
///
/// The text is kept as written so a file survives load → save unchanged; comparison uses the
/// calendar day and, where given, the time.
public struct SitrepDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The date as written.
    public let text: String
    /// Year, month and day.
    public let year: Int, month: Int, day: Int
    /// Minutes after midnight when a time is given.
    public let minuteOfDay: Int?
    /// The time's offset from UTC in minutes, when it names one (`Z` is 0, `+06:00` is 360).
    public let utcOffsetMinutes: Int?

    /// Reads an ISO 8601 date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`);
    /// nil when the text is not one or names a day that does not exist (2010-02-30).
    public init?(_ text: String) {
        let scalars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count, !range.isEmpty else { return nil }
            var value = 0
            for index in range {
                guard (48...57).contains(scalars[index]) else { return nil }
                value = value * 10 + Int(scalars[index] - 48)
            }
            return value
        }
        guard scalars.count >= 10, scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= SitrepDate.daysIn(month: month, year: year)
        else { return nil }
        self.text = text
        self.year = year
        self.month = month
        self.day = day
        guard scalars.count > 10 else {
            minuteOfDay = nil
            utcOffsetMinutes = nil
            return
        }
        // THH:MM[:SS[.fraction]][Z|±HH:MM|±HHMM]
        guard scalars[10] == UInt8(ascii: "T") || scalars[10] == UInt8(ascii: " "), scalars.count >= 16,
              scalars[13] == UInt8(ascii: ":"), let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
        else { return nil }
        var index = 16
        if index < scalars.count, scalars[index] == UInt8(ascii: ":") {
            guard let second = number(index + 1..<index + 3), second <= 60 else { return nil }
            index += 3
            if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < scalars.count, (48...57).contains(scalars[index]) { index += 1 }
                guard index > start else { return nil }
            }
        }
        var offset: Int?
        if index < scalars.count {
            if scalars[index] == UInt8(ascii: "Z") {
                offset = 0
                index += 1
            } else if scalars[index] == UInt8(ascii: "+") || scalars[index] == UInt8(ascii: "-") {
                let sign = scalars[index] == UInt8(ascii: "-") ? -1 : 1
                guard let hours = number(index + 1..<index + 3), hours < 24 else { return nil }
                index += 3
                if index < scalars.count, scalars[index] == UInt8(ascii: ":") { index += 1 }
                guard let minutes = number(index..<index + 2), minutes < 60 else { return nil }
                index += 2
                offset = sign * (hours * 60 + minutes)
            }
        }
        guard index == scalars.count else { return nil }
        minuteOfDay = hour * 60 + minute
        utcOffsetMinutes = offset
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar), for spacing dates on a chart.
    public var dayNumber: Int { SitrepDate.dayNumber(year: year, month: month, day: day) }

    /// Days since 1970-01-01 of a day of the proleptic Gregorian calendar.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Minutes since 1970-01-01T00:00Z, when the date has a time and names its offset from UTC.
    public var instant: Int? {
        guard let minuteOfDay, let utcOffsetMinutes else { return nil }
        return dayNumber * 1_440 + minuteOfDay - utcOffsetMinutes
    }

    /// The day (days since 1970-01-01) on a clock `offset` minutes from UTC: a time that names its own
    /// offset is moved to that clock (20:00Z on the 13th is the 14th at +360); otherwise the day as
    /// written.
    func dayNumber(atUTCOffset offset: Int) -> Int {
        guard let instant else { return dayNumber }
        let local = instant + offset
        return local >= 0 ? local / 1_440 : (local - 1_439) / 1_440
    }

    /// The day alone, `YYYY-MM-DD`.
    public var dayText: String { String(text.prefix(10)) }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The day as a person reads it, with the time when one is given: "12 June 2010",
    /// "14 June 2010, 21:00 UTC", "15 June 2010, 01:00 UTC+6" (two editions of one day told apart).
    public var longText: String { "\(day) \(SitrepDate.monthNames[month - 1]) \(year)" + timeSuffix }

    /// The day without the year, with the time when one is given: "12 June", "15 June, 01:00 UTC+6".
    public var shortText: String { "\(day) \(SitrepDate.monthNames[month - 1])" + timeSuffix }

    /// ", 21:00 UTC" or ", 01:00 UTC+6" or ", 09:30" (no offset given); empty without a time.
    private var timeSuffix: String {
        guard let minuteOfDay else { return "" }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let time = ", \(two(minuteOfDay / 60)):\(two(minuteOfDay % 60))"
        guard let offset = utcOffsetMinutes else { return time }
        if offset == 0 { return time + " UTC" }
        let magnitude = abs(offset)
        return time + " UTC" + (offset < 0 ? "-" : "+") + "\(magnitude / 60)" + (magnitude % 60 == 0 ? "" : ":\(two(magnitude % 60))")
    }

    public var description: String { text }

    /// Earlier: two times that both name their offset from UTC are compared as instants
    /// (`2010-06-14T23:00+06:00` is before `2010-06-14T22:00Z`); otherwise by calendar day, then by
    /// the time as written.
    public static func < (lhs: SitrepDate, rhs: SitrepDate) -> Bool {
        if let left = lhs.instant, let right = rhs.instant { return left < right }
        let left = (lhs.year, lhs.month, lhs.day), right = (rhs.year, rhs.month, rhs.day)
        if left != right { return left < right }
        return (lhs.minuteOfDay ?? 0) < (rhs.minuteOfDay ?? 0)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = SitrepDate(text) else {
            throw ModelValueError("'\(text)' is not a date; write YYYY-MM-DD (2010-06-12) or YYYY-MM-DDTHH:MMZ, and a day that exists")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(PlainScalar(text))
    }
}

/// Text that a YAML writer may print without quotes although it looks like another type
/// (a date, say), because the reader takes it back as text.
public struct PlainScalar: Encodable, Sendable {
    /// The text.
    public let text: String

    /// Wraps the text.
    public init(_ text: String) { self.text = text }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
