import Foundation

/// `sitrep publish`: builds a static site of every crisis and edition under a reports folder.
///
/// The site is built step by step in a temporary folder beside the output and swapped in only when
/// every step succeeded, so a failure leaves the previous site untouched. The same inputs always
/// give the same bytes. Links are relative, so the site works from `file://`, a sub-path or a domain root.
public struct SitePublisher: Sendable {
    /// The templates pages are rendered through.
    public let templates: TemplateSet
    /// The site's public address, for absolute links in the feed.
    public let baseURL: String?
    /// The site's title.
    public let title: String

    /// A publisher over the given templates.
    public init(templates: TemplateSet, baseURL: String? = nil, title: String = "Situation reports") {
        self.templates = templates
        self.baseURL = baseURL
        self.title = title
    }

    /// What a publish wrote.
    public struct Summary: Sendable, Equatable {
        /// How many crises and editions the site holds.
        public let crises: Int, editions: Int
        /// Every file written, relative to the site's folder, sorted.
        public let files: [String]

        /// The counts in words: "1 crisis, 4 editions, 18 files".
        public var counts: String {
            "\(crises) \(SitePublisher.noun(crises, "crisis", "crises")), \(editions) \(SitePublisher.noun(editions, "edition", "editions")), "
                + "\(files.count) \(SitePublisher.noun(files.count, "file", "files"))"
        }
    }

    /// Builds the site for every crisis under `reports` and puts it at `output`.
    /// - Throws: ``SituationFileError`` or ``SitrepError`` naming the file or step that failed, or
    ///   saying that `reports` holds no crisis; the previous site at `output`, if any, is then left
    ///   as it was.
    public func publish(reports: String, to output: String) throws -> Summary {
        try SiteFolder.validate(output: output, input: reports)
        let (crises, errors) = try SiteInput.load(directory: reports) { documents in
            Self.errors(in: documents)
        }
        if crises.isEmpty, errors.isEmpty { throw SiteInput.noCrisisError(in: reports) }
        guard errors.isEmpty else {
            let lines = errors.map(\.description).joined(separator: "\n")
            throw SitrepError("\(errors.count == 1 ? "an edition has an error" : "editions have \(errors.count) errors"); nothing was published (sitrep check shows them too):\n\(lines)")
        }
        let staging = try SiteFolder.makeStaging(beside: output)
        var site = SiteBuild(root: staging)
        do {
            for step in steps {
                do {
                    try step.run(crises, &site)
                } catch let error as SitrepError {
                    throw SitrepError("publish step '\(step.name)': \(error.message)")
                }
            }
            try SiteFolder.swap(staging: staging, into: output)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        return Summary(crises: crises.count, editions: crises.reduce(0) { $0 + $1.editions.count }, files: site.written.sorted())
    }

    /// The errors `sitrep check` would report in a crisis's editions, each compared with the edition
    /// before it: a site must not send out a copied edition or an unfounded quote.
    private static func errors(in documents: [SituationDocument]) -> [Diagnostic] {
        let found = (try? ParallelMap.map(documents.count) { index in
            SituationChecker.check(documents[index], previous: index > 0 ? documents[index - 1] : nil).filter { $0.severity == .error }
        }) ?? []
        return found.flatMap { $0 }
    }

    /// One named step of a publish.
    struct Step {
        let name: String
        let run: ([PublishedCrisis], inout SiteBuild) throws -> Void
    }

    /// The steps, in order.
    var steps: [Step] {
        [
            Step(name: "stylesheet") { _, site in try site.write(templates.css, to: "style.css") },
            Step(name: "edition and diff pages") { crises, site in
                for crisis in crises { try writeEditionPages(of: crisis, into: &site) }
            },
            Step(name: "crisis pages") { crises, site in
                try site.writeEach(count: crises.count) { index in (try crisisPage(crises[index]), "\(crises[index].id)/index.html") }
            },
            Step(name: "index") { crises, site in try site.write(try indexPage(crises), to: "index.html") },
            Step(name: "feed") { crises, site in
                try site.write(AtomFeed.xml(crises: crises, baseURL: baseURL, title: title), to: "feed.xml")
            },
            Step(name: "data exports") { crises, site in
                // Each crisis's editions, then its figures table.
                for crisis in crises {
                    let editions = crisis.editions
                    try site.writeEach(count: editions.count + 1) { index in
                        index < editions.count
                            ? (SituationWriter.json(editions[index].situation), "\(crisis.id)/data/\(editions[index].dataName)")
                            : (HXLExport.csv(for: crisis), "\(crisis.id)/data/\(crisis.id)-figures.csv")
                    }
                }
            },
            Step(name: "marker") { _, site in
                try site.write("This folder was built by sitrep publish; the next publish replaces it whole.\n", to: SiteFolder.marker)
            },
        ]
    }

    // MARK: - Pages

    /// Each edition page with the changes since the edition before, and a page of those changes.
    /// Each pair of editions is compared once, for both pages. Pages name the situation files by
    /// their file names only: the path as the reports folder was typed would make the bytes depend on
    /// how it was spelled and show the publisher's folders on the public site.
    private func writeEditionPages(of crisis: PublishedCrisis, into site: inout SiteBuild) throws {
        let editions = crisis.editions
        let diffs = try ParallelMap.map(editions.count - 1) { index in
            SituationDiff(
                old: editions[index].situation, new: editions[index + 1].situation,
                oldFile: editions[index].fileName, newFile: editions[index + 1].fileName)
        }
        try writeDiffPages(of: crisis, diffs: diffs, into: &site)
        let pages = try ParallelMap.map(editions.count) { index in try editionPage(index, of: crisis, changes: index > 0 ? diffs[index - 1] : nil) }
        try site.writeEach(count: pages.count) { index in (pages[index], "\(crisis.id)/\(editions[index].pageName)") }
    }

    /// The page of one edition: the HTML sitrep with the site's links and the changes since the edition before.
    private func editionPage(_ index: Int, of crisis: PublishedCrisis, changes: SituationDiff?) throws -> String {
        let renderer = ReportRenderer(templates: templates)
        let edition = crisis.editions[index]
        var links = [
            PageLink(label: "All crises", href: "../index.html"),
            PageLink(label: "\(crisis.latest.situation.crisis): all editions", href: "index.html", rel: "up"),
        ]
        if index > 0 {
            links.append(PageLink(label: "← No. \(crisis.editions[index - 1].situation.edition)", href: crisis.editions[index - 1].pageName, rel: "prev"))
        }
        if index + 1 < crisis.editions.count {
            links.append(PageLink(label: "No. \(crisis.editions[index + 1].situation.edition) →", href: crisis.editions[index + 1].pageName, rel: "next"))
        }
        if index > 0 {
            links.append(PageLink(label: "Changes since No. \(crisis.editions[index - 1].situation.edition)", href: edition.diffName))
        }
        links.append(PageLink(label: "Data (JSON)", href: "data/\(edition.dataName)"))
        let chrome = PageChrome(stylesheet: .linked(href: "../style.css"), links: links)
        return try renderer.render(
            edition.situation, as: .html, fileName: edition.fileName, chrome: chrome,
            previous: index > 0 ? crisis.editions[index - 1].situation : nil, changes: changes)
    }

    private func writeDiffPages(of crisis: PublishedCrisis, diffs: [SituationDiff], into site: inout SiteBuild) throws {
        let renderer = DiffRenderer(templates: templates)
        let pages = try ParallelMap.map(diffs.count) { index in
            let old = crisis.editions[index], new = crisis.editions[index + 1]
            let chrome = PageChrome(stylesheet: .linked(href: "../style.css"), links: [
                PageLink(label: "All crises", href: "../index.html"),
                PageLink(label: "\(crisis.latest.situation.crisis): all editions", href: "index.html", rel: "up"),
                PageLink(label: "No. \(old.situation.edition)", href: old.pageName),
                PageLink(label: "No. \(new.situation.edition)", href: new.pageName),
            ])
            return try renderer.render(diffs[index], as: .html, chrome: chrome)
        }
        try site.writeEach(count: pages.count) { index in (pages[index], "\(crisis.id)/\(crisis.editions[index + 1].diffName)") }
    }

    /// The singular or the plural, by the count.
    static func noun(_ count: Int, _ singular: String, _ plural: String) -> String { count == 1 ? singular : plural }

    private func crisisPage(_ crisis: PublishedCrisis) throws -> String {
        let latest = crisis.latest.situation
        // Each edition's headlines, worked out once for the timeline and the charts.
        let headlines = crisis.editions.map { KeyFigure.headlines(of: $0.situation) }
        let editions = crisis.editions.enumerated().reversed().map { index, edition in
            RenderScope([
                "edition": edition.situation.edition, "asOf": edition.situation.asOf.longText,
                "href": edition.pageName, "dataHref": "data/\(edition.dataName)",
                "hasDiff": index > 0, "diffHref": edition.diffName, "previousEdition": index > 0 ? crisis.editions[index - 1].situation.edition : 0,
                "summary": headlines[index].prefix(4).map { "\($0.countText) \($0.metric.caption)" }.joined(separator: " · "),
                "hasSummary": !headlines[index].isEmpty,
            ])
        }
        let charts = trendCharts(of: crisis, headlines: headlines)
        let values: [String: Any] = [
            "lang": "en", "crisis": latest.crisis, "countryName": latest.country.name, "exercise": latest.exercise == true,
            "needsExercisePrefix": latest.exercise == true && !latest.crisis.uppercased().hasPrefix("EXERCISE"),
            "asOf": latest.asOf.longText, "editionCount": crisis.editions.count,
            "editionNoun": Self.noun(crisis.editions.count, "edition", "editions"),
            "editions": editions, "charts": charts, "hasCharts": !charts.isEmpty,
            "csvHref": "data/\(crisis.id)-figures.csv",
        ]
        let chrome = PageChrome(stylesheet: .linked(href: "../style.css"), links: [
            PageLink(label: "All crises", href: "../index.html", rel: "up"),
            PageLink(label: "Latest report", href: crisis.latest.pageName),
        ])
        return try templates.render("site/crisis.html", values: values.merging(chrome.values(css: "")) { _, new in new })
    }

    /// One chart per metric that has a headline number in at least one edition. Vague words
    /// ("thousands") and unknown counts are listed in the table but never plotted as numbers.
    private func trendCharts(of crisis: PublishedCrisis, headlines: [[KeyFigure]]) -> [RenderScope] {
        Metric.allCases.compactMap { metric in
            var points: [TrendChart.Point] = []
            var rows: [RenderScope] = []
            // The trend follows the latest headline's group and place through the editions (the
            // latest edition that reports the metric: one that no longer does keeps its trend).
            let latest = headlines.reversed().lazy.compactMap { $0.first { $0.metric == metric } }.first
            for (edition, editionHeadlines) in zip(crisis.editions, headlines) {
                let found = latest.map { latest in
                    latest.isOfOnePlace
                        ? KeyFigure.headline(of: edition.situation, metric: metric, group: latest.group, place: latest.place)
                        : editionHeadlines.first { $0.metric == metric }
                } ?? nil
                guard let headline = found else { continue }
                let value = headline.figures.filter { $0.count.qualifier != .vague }.compactMap { $0.count.low ?? $0.count.value }.min()
                if let value { points.append(.init(date: edition.situation.asOf, value: value, label: headline.countText)) }
                rows.append(RenderScope([
                    "edition": edition.situation.edition, "asOf": edition.situation.asOf.longText, "count": headline.countText,
                ]))
            }
            guard !points.isEmpty else { return nil }
            let named = latest.map { $0.isOfOnePlace ? metric.caption(group: $0.group, place: $0.place) : metric.caption } ?? metric.caption
            let caption = named.prefix(1).uppercased() + named.dropFirst()
            let chart = TrendChart(id: "trend-\(metric.rawValue)", title: "\(caption), by edition", points: points)
            return RenderScope(["svg": chart.svg, "title": chart.title, "rows": rows])
        }
    }

    private func indexPage(_ crises: [PublishedCrisis]) throws -> String {
        let ordered = crises.sorted { lhs, rhs in
            lhs.latest.situation.asOf != rhs.latest.situation.asOf ? lhs.latest.situation.asOf > rhs.latest.situation.asOf : lhs.id < rhs.id
        }
        let editionCount = crises.reduce(0) { $0 + $1.editions.count }
        let scopes = ordered.map { crisis in
            let latest = crisis.latest.situation
            let context = ReportContext(situation: latest, fileName: "", css: "")
            let keyFigures = KeyFigure.headlines(of: latest)
            return RenderScope([
                "id": crisis.id, "crisis": latest.crisis, "countryName": latest.country.name, "exercise": latest.exercise == true,
                "href": "\(crisis.id)/index.html", "latestHref": "\(crisis.id)/\(crisis.latest.pageName)",
                "latestEdition": latest.edition, "asOf": latest.asOf.longText, "editionCount": crisis.editions.count,
                "editionNoun": Self.noun(crisis.editions.count, "edition", "editions"),
                "keyFigures": context.keyFigureScopes(keyFigures), "hasKeyFigures": !keyFigures.isEmpty,
            ])
        }
        let values: [String: Any] = [
            "lang": "en", "siteTitle": title, "crises": scopes, "crisisCount": crises.count,
            "crisisNoun": Self.noun(crises.count, "crisis", "crises"), "editionCount": editionCount,
            "editionNoun": Self.noun(editionCount, "edition", "editions"),
        ]
        let chrome = PageChrome(stylesheet: .linked(href: "style.css"))
        return try templates.render("site/index.html", values: values.merging(chrome.values(css: "")) { _, new in new })
    }
}
