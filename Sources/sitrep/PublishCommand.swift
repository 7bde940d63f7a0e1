import ArgumentParser
import SitrepKit

/// `sitrep publish [DIR] -o OUT`: builds a static site of every crisis and edition.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Build a static HTML site of every crisis and edition under DIR.",
        discussion: """
            Each sub-folder of DIR is a crisis, each situation file in it an edition. The site (index, \
            crisis pages with trends, edition pages, Atom feed, JSON and HXL CSV exports) is built beside \
            OUT and swapped in whole; a failure leaves the previous site untouched.
            """)

    @Argument(help: ArgumentHelp("The reports folder.", valueName: "dir"))
    var reports: String = "Reports"

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The site's folder; replaced whole.", valueName: "out"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("The site's public address, for absolute links in the feed.", valueName: "url"))
    var baseURL: String?

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var limitOptions: LimitOptions

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must be an http or https address, such as https://example.org/sitreps/")
        }
    }

    func run() throws {
        limitOptions.apply()
        let publisher = SitePublisher(templates: try templateOptions.templateSet(), baseURL: baseURL)
        let summary = try publisher.publish(reports: reports, to: output)
        Console.line("published \(summary.counts) to \(output)")
    }
}
