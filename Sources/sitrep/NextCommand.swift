import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep next FILE`: starts the next edition from the latest one, beside it, never over a file.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Start the next edition: a copy of FILE with the edition number raised and the date set.",
        discussion: """
            Writes the copy beside FILE under the next name (edition-001.yaml → edition-002.yaml; a name \
            without the edition number gets -edition-N), keeping its comments and layout. next_report moves \
            on by as many days as as_of does. Never writes over an existing file. Update the copy before \
            sending it out: 'sitrep check' reports an edition that is its predecessor unchanged.
            """)

    @Argument(help: ArgumentHelp("The latest edition's situation file (.yaml, .yml or .json).", valueName: "file"))
    var file: String

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The new edition's date, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ (default: today, in UTC).", valueName: "date"))
    var asOf: String?

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if let asOf, SitrepDate(asOf) == nil {
            throw ValidationError("--as-of: '\(asOf)' is not a date; write YYYY-MM-DD (2031-03-17) or YYYY-MM-DDTHH:MMZ, and a day that exists")
        }
    }

    func run() throws {
        limitOptions.apply()
        let date = asOf.flatMap(SitrepDate.init) ?? Self.today()
        let next = try EditionHistory.nextEdition(of: file, asOf: date)
        if !next.keepsLayout {
            Console.error("sitrep: warning: \(file): its comments and layout could not be kept; \(next.path) is written in sitrep's own layout")
        }
        Console.line("wrote \(next.path) (edition \(next.situation.edition), as of \(next.situation.asOf))")
    }

    /// Today's date in UTC: the one wall-clock date sitrep uses, because the user asks for it.
    static func today() -> SitrepDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return SitrepDate(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))!
    }
}
