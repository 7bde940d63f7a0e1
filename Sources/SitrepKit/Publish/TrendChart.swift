/// A line chart of one headline figure across editions, drawn as inline SVG (no script), with a
/// title and a description for screen readers. The page shows the same numbers as a table.
struct TrendChart {
    /// One edition's headline number.
    struct Point {
        let date: SitrepDate
        let value: Int
        /// The count as written ("at least 77"), for the label at the end of the line.
        let label: String
    }

    /// Unique within the page; used for the title and description ids.
    let id: String
    let title: String
    let points: [Point]

    private let width = 640.0, height = 220.0
    private let left = 64.0, right = 150.0, top = 16.0, bottom = 36.0

    /// A sentence that says what the chart shows.
    var description: String {
        guard let first = points.first, let last = points.last else { return "No figures yet." }
        if points.count == 1 { return "\(title): \(last.label) on \(last.date.longText)." }
        // The line is plotted at each headline's lowest number: one that stays at 77 while the card's
        // words went from "77" to "77 / at least 100" changed, and never "stayed".
        let trend = last.value > first.value ? "rose" : last.value < first.value ? "fell" : last.label == first.label ? "stayed" : "changed"
        return "\(title) \(trend) from \(first.label) on \(first.date.longText) to \(last.label) on \(last.date.longText), over \(points.count) editions."
    }

    /// The chart as an `<svg>` element.
    var svg: String {
        let maximum = TrendChart.niceCeiling(points.map(\.value).max() ?? 0)
        let days = points.map { Double($0.date.dayNumber) }
        let firstDay = days.min() ?? 0, lastDay = days.max() ?? 0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ day: Double) -> Double { lastDay == firstDay ? left + plotWidth / 2 : left + (day - firstDay) / (lastDay - firstDay) * plotWidth }
        func y(_ value: Int) -> Double { top + plotHeight - Double(value) / Double(max(maximum, 1)) * plotHeight }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n"
        svg += "<title id=\"\(id)-title\">\(XML.escape(title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(XML.escape(description))</desc>\n"
        for tick in [0, maximum / 2, maximum] {
            let ty = number(y(tick))
            svg += "<line class=\"grid\" x1=\"\(number(left))\" y1=\"\(ty)\" x2=\"\(number(width - right))\" y2=\"\(ty)\"/>"
            svg += "<text class=\"axis\" x=\"\(number(left - 8))\" y=\"\(ty)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(NumberText.grouped(tick))</text>\n"
        }
        let baseline = number(height - bottom + 18)
        if let first = points.first {
            svg += "<text class=\"axis\" x=\"\(number(x(Double(first.date.dayNumber))))\" y=\"\(baseline)\" text-anchor=\"middle\">\(XML.escape(first.date.shortText))</text>\n"
        }
        if points.count > 1, let last = points.last {
            svg += "<text class=\"axis\" x=\"\(number(x(Double(last.date.dayNumber))))\" y=\"\(baseline)\" text-anchor=\"middle\">\(XML.escape(last.date.shortText))</text>\n"
        }
        let coordinates = points.map { "\(number(x(Double($0.date.dayNumber)))),\(number(y($0.value)))" }
        if points.count > 1 {
            svg += "<polyline class=\"line\" points=\"\(coordinates.joined(separator: " "))\"/>\n"
        }
        for coordinate in coordinates {
            let parts = coordinate.split(separator: ",")
            svg += "<circle class=\"dot\" cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"4\"/>"
        }
        if let last = points.last {
            svg += "\n<text class=\"latest\" x=\"\(number(x(Double(last.date.dayNumber)) + 10))\" y=\"\(number(y(last.value)))\" dominant-baseline=\"middle\">\(XML.escape(last.label))</text>\n"
        }
        return svg + "</svg>"
    }

    /// A round number at or above `value` for the top of the axis: 1, 2 or 5 times a power of ten.
    static func niceCeiling(_ value: Int) -> Int {
        guard value > 0 else { return 1 }
        var power = 1
        while power * 10 <= value { power *= 10 }
        for step in [1, 2, 5, 10] where step * power >= value { return step * power }
        return 10 * power
    }
}

/// Escaping for text written into XML and SVG by code.
enum XML {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped and the characters XML forbids or
    /// discourages (``ForbiddenCharacters``: controls, U+FFFE, U+FFFF) dropped. It reads code points,
    /// not characters, so a combining mark after a quote cannot hide it.
    static func escape(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            default:
                if !ForbiddenCharacters.isForbidden(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }
}
