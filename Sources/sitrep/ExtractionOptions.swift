import ArgumentParser
import SitrepKit

/// `--id`, `--crisis`, `--country`, `--as-of`, `--edition`: what an extracted situation is said to
/// be, shared by `extract` and by `generate` when it is given an article.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The crisis id ([a-z0-9-]+).", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("The crisis as a headline names it.", valueName: "name"))
    var crisis: String?

    @Option(name: .long, help: ArgumentHelp("The affected country: ISO code or English name.", valueName: "country"))
    var country: String?

    @Option(name: .long, help: ArgumentHelp("The edition's date, YYYY-MM-DD.", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: "The edition number (default: 1).")
    var edition: Int?

    /// The options the user gave, as they are written on the command line (for a refusal).
    var given: [String] {
        [id.map { _ in "--id" }, crisis.map { _ in "--crisis" }, country.map { _ in "--country" }, asOf.map { _ in "--as-of" },
         edition.map { _ in "--edition" }].compactMap { $0 }
    }

    func validate() throws {
        if let country, Country(named: country) == nil { throw ValidationError("'\(country)' is not a country; use an ISO code (KG) or an English name") }
        if let asOf, SitrepDate(asOf) == nil { throw ValidationError("'\(asOf)' is not a date; use YYYY-MM-DD") }
        if let id, !Slug.isValid(id) { throw ValidationError("'\(id)' is not a valid crisis id; use lower-case letters, digits and '-'") }
        if let edition, !(1...Situation.maximumEdition).contains(edition) {
            throw ValidationError("--edition must be from 1 to \(Situation.maximumEdition)")
        }
    }

    /// The extractor's options; an edition with no `--as-of` and no date in its articles is dated today.
    var extractorOptions: Extractor.Options {
        Extractor.Options(
            id: id, crisis: crisis, country: country.flatMap(Country.init(named:)), asOf: asOf.flatMap(SitrepDate.init),
            edition: edition ?? 1, fallbackAsOf: Today.date)
    }
}
