/// The JSON Schema (draft 2020-12) of situation files, for editors: completion, help on hover and
/// red lines under unknown keys and misspelt words, in YAML and JSON alike.
///
/// The schema is built from the model: the keys of every object are its `CodingKeys` (a switch over
/// them gives each its description, so a new key does not compile until it is described here), and
/// every closed list of words comes from its enum's `allCases`. Keys come out in model order, so the
/// text is the same on every run.
///
/// The schema accepts what ``SituationReader`` accepts, with two looser spots: a country name and a
/// count's words are checked only by the reader (against its country table and count grammar).
/// Optional keys may be left empty (`null`), as the reader allows.
public enum SituationSchema {
    /// The schema's `$id`.
    public static let id = "https://sitrep.invalid/schema/situation-\(Situation.formatVersion).json"

    /// The schema as JSON text, two-space indented, ending with a newline.
    public static var json: String { JSONWriter.write(tree) }

    /// The schema as a tree, keys in the order they are printed.
    static var tree: EncodedValue {
        var root: Entries = [
            ("$schema", text("https://json-schema.org/draft/2020-12/schema")),
            ("$id", text(id)),
            ("title", text("sitrep situation file, format version \(Situation.formatVersion)")),
        ]
        root += objectSchema(
            Situation.CodingKeys.self,
            description: "One edition of a situation report on a crisis: key figures, borders, aid flights, responses, measures and allegations, each naming its source. Keys are snake_case; every list may be empty or left out.",
            property: situationProperty)
        root.append(("$defs", .mapping(definitions)))
        return .mapping(root)
    }

    // MARK: - Building blocks

    private typealias Entries = [(key: String, value: EncodedValue)]

    /// What the schema says about one key of an object.
    private struct Property {
        let description: String
        let schema: Entries
        let required: Bool

        init(_ description: String, _ schema: Entries, required: Bool = false) {
            self.description = description
            self.schema = schema
            self.required = required
        }
    }

    private static func text(_ value: String) -> EncodedValue { .string(value, plain: false) }

    private static func texts(_ values: [String]) -> EncodedValue { .list(values.map(text)) }

    private static var string: Entries { [("type", text("string"))] }

    private static var boolean: Entries { [("type", text("boolean"))] }

    private static func integer(minimum: Int, maximum: Int? = nil) -> Entries {
        [("type", text("integer")), ("minimum", .integer(minimum))] + (maximum.map { [("maximum", .integer($0))] } ?? [])
    }

    private static func reference(_ name: String) -> Entries { [("$ref", text("#/$defs/\(name)"))] }

    private static func list(_ items: Entries) -> Entries { [("type", text("array")), ("items", .mapping(items))] }

    private static func words<Word: ModelEnum>(_ type: Word.Type) -> Entries {
        [("type", text("string")), ("enum", texts(Word.allCases.map(\.rawValue)))]
    }

    /// An object schema whose properties are exactly `Key.allCases`, in that order.
    private static func objectSchema<Key: CodingKey & CaseIterable>(
        _ keys: Key.Type, description: String, property: (Key) -> Property
    ) -> Entries {
        let properties = Key.allCases.map { key in (key.stringValue, property(key)) }
        var entries: Entries = [("description", text(description)), ("type", text("object"))]
        let required = properties.filter(\.1.required).map(\.0)
        if !required.isEmpty { entries.append(("required", texts(required))) }
        entries.append(("properties", .mapping(properties.map { name, property in
            (name, .mapping([("description", text(property.description))] + (property.required ? property.schema : nullable(property.schema))))
        })))
        entries.append(("additionalProperties", .boolean(false)))
        return entries
    }

    /// The schema of an optional key, which may also be left empty (`null`).
    private static func nullable(_ schema: Entries) -> Entries {
        let null = text("null")
        guard schema.first(where: { $0.key == "$ref" || $0.key == "anyOf" }) == nil,
              let type = schema.first(where: { $0.key == "type" })?.value
        else {
            return [("anyOf", .list([.mapping(schema), .mapping([("type", null)])]))]
        }
        return schema.map { entry in
            switch entry.key {
            case "type": (entry.key, .list([type, null]))
            case "enum": if case .list(let values) = entry.value { (entry.key, .list(values + [.null])) } else { entry }
            default: entry
            }
        }
    }

    // MARK: - Patterns

    private static let crisisIDPattern = "^[a-z0-9][a-z0-9-]*$"
    private static let sourceIDPattern = "^(?!.*\\.\\.)[A-Za-z0-9][A-Za-z0-9._-]*$"
    private static let datePattern =
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$"

    private static var sourceReference: Entries { string + [("pattern", text(sourceIDPattern)), ("maxLength", .integer(100))] }

    // MARK: - The situation

    private static func situationProperty(_ key: Situation.CodingKeys) -> Property {
        switch key {
        case .sitrep:
            Property("The file format version; this sitrep reads version \(Situation.formatVersion).",
                     [("type", text("integer")), ("const", .integer(Situation.formatVersion))], required: true)
        case .id:
            Property("The crisis slug, used in published paths: lower-case letters, digits and '-' (kyrgyzstan-2010-osh).",
                     string + [("pattern", text(crisisIDPattern)), ("maxLength", .integer(100))], required: true)
        case .crisis: Property("The crisis as a headline names it (Ethnic clashes in southern Kyrgyzstan).", string, required: true)
        case .country: Property("The affected country: an ISO 3166-1 alpha-2 code (KG) or its English name.", reference("country"), required: true)
        case .places: Property("The places affected (Osh, Jalalabad).", list(string))
        case .edition: Property("The edition number: a positive whole number that rises by one with each report.", integer(minimum: 1, maximum: Situation.maximumEdition), required: true)
        case .asOf: Property("The date (or date-time) the report describes: YYYY-MM-DD or YYYY-MM-DDTHH:MMZ.", reference("date"), required: true)
        case .exercise: Property("true when the crisis is an exercise, not a real event; every page then says so.", boolean)
        case .organisation: Property("Who publishes the report (Example Relief Network).", string)
        case .disasterType: Property("What kind of disaster the crisis is.", words(DisasterType.self))
        case .nextReport: Property("When the next report is due; not before as_of.", reference("date"))
        case .contacts: Property("Whom to call or write to about the report.", list(reference("contact")))
        case .summary: Property("The situation overview, in Markdown (CommonMark).", string)
        case .highlights: Property("Short Markdown statements that lead the report.", list(string))
        case .casualties: Property("Figures of people killed, injured, missing, affected, or cases in an epidemic.", list(reference("casualty_figure")))
        case .displacement: Property("Figures of people displaced, refugees, at a border, stranded, evacuated, homeless or returned.", list(reference("displacement_figure")))
        case .damage: Property("Figures of houses destroyed or damaged.", list(reference("damage_figure")))
        case .borders: Property("The state of borders between the affected country and its neighbours.", list(reference("border")))
        case .aidFlights: Property("Planes carrying relief, people or medical evacuations.", list(reference("aid_flight")))
        case .responses: Property("What countries and organisations did or said about the crisis.", list(reference("response")))
        case .measures: Property("Measures the affected government took: a state of emergency, a curfew, a border closure.", list(reference("measure")))
        case .allegations: Property("Claims reported but not established, with whether they were denied or confirmed.", list(reference("allegation")))
        case .sources: Property("Where the facts come from; items cite them by id in their 'source'.", list(reference("source")))
        }
    }

    // MARK: - Definitions

    private static var definitions: Entries {
        var definitions: Entries = [
            ("date", .mapping([
                ("description", text("An ISO 8601 date (2010-06-12) or date-time (2010-06-12T14:00Z) of a day that exists.")),
                ("type", text("string")),
                ("pattern", text(datePattern)),
                ("examples", texts(["2010-06-12", "2010-06-12T14:00Z"])),
            ])),
            ("country", .mapping([
                ("description", text("A country: its ISO 3166-1 alpha-2 code (KG) or its English name or demonym (Kyrgyzstan, Kyrgyz), written as the code.")),
                ("type", text("string")),
                ("anyOf", .list([
                    .mapping([("pattern", text("^[A-Za-z]{2}$"))]),
                    .mapping([("minLength", .integer(3))]),
                ])),
                ("examples", texts(["KG", "UZ", "Kyrgyzstan"])),
            ])),
            ("actor", .mapping([
                ("description", text("Who acts: a country (an ISO code or English name) or an organisation's name.")),
                ("type", text("string")),
                ("pattern", text("\\S")),
                ("examples", texts(["RU", "Shanghai Cooperation Organisation"])),
            ])),
            ("count", count),
            ("contact", .mapping(objectSchema(Contact.CodingKeys.self, description: "Someone to call or write to about the report.", property: contactProperty))),
        ]
        for section in FigureSection.allCases {
            definitions.append((figureDefinitionName(section), .mapping(figureSchema(section))))
        }
        definitions += [
            ("border", .mapping(objectSchema(Border.CodingKeys.self, description: "The state of the border between two countries.", property: borderProperty))),
            ("aid_flight", .mapping(objectSchema(AidFlight.CodingKeys.self, description: "A plane, flight or airlift carrying relief, people or a medical evacuation.", property: aidFlightProperty))),
            ("response", .mapping(objectSchema(Response.CodingKeys.self, description: "What a country or organisation did or said about the crisis.", property: responseProperty))),
            ("measure", .mapping(objectSchema(Measure.CodingKeys.self, description: "A measure the affected government took.", property: measureProperty))),
            ("allegation", .mapping(objectSchema(Allegation.CodingKeys.self, description: "A claim reported but not established.", property: allegationProperty))),
            ("source", .mapping(objectSchema(Source.CodingKeys.self, description: "Where facts come from: an article, a statement, a report.", property: sourceProperty))),
        ]
        return definitions
    }

    /// The `$defs` name of the figures of a section: "casualty_figure".
    static func figureDefinitionName(_ section: FigureSection) -> String {
        switch section {
        case .casualties: "casualty_figure"
        case .displacement: "displacement_figure"
        case .damage: "damage_figure"
        }
    }

    /// The keys of a count's JSON object form, in the order ``SituationWriter/json(_:htmlSafe:)`` writes them.
    static let countObjectKeys = ["text", "qualifier", "low", "high"]

    private static var count: EncodedValue {
        let bound: Entries = [("type", .list([text("integer"), text("null")]))]
        let objectProperties: [String: Entries] = [
            "text": [("description", text("The words as written; they decide the other fields."))] + string,
            "qualifier": [("description", text("How the number relates to the true one."))]
                + [("type", text("string")), ("enum", texts(Count.Qualifier.allCases.map(\.rawValue)))],
            "low": [("description", text("The lowest the true number can be, when the words say."))] + bound,
            "high": [("description", text("The highest the true number can be, when the words say."))] + bound,
        ]
        return .mapping([
            ("description", text("How many, as a person writes it: 77, 'at least 77', 'more than 1,000', 'about 300', '77-80', 'thousands', 'unknown'. In JSON it may be the object form the JSON writer prints.")),
            ("anyOf", .list([
                .mapping([("type", text("integer")), ("minimum", .integer(0))]),
                .mapping(string + [("minLength", .integer(1))]),
                .mapping([
                    ("type", text("object")),
                    ("required", texts(["text"])),
                    ("properties", .mapping(countObjectKeys.map { ($0, .mapping(objectProperties[$0] ?? [])) })),
                    ("additionalProperties", .boolean(false)),
                ]),
            ])),
            ("examples", .list([.integer(77), text("at least 77"), text("thousands"), text("unknown")])),
        ])
    }

    private static func contactProperty(_ key: Contact.CodingKeys) -> Property {
        switch key {
        case .name: Property("A person's name or a desk (Duty officer).", string, required: true)
        case .role: Property("Their role.", string)
        case .email: Property("Their e-mail address.", string)
        case .phone: Property("Their telephone number.", string)
        }
    }

    private static func figureSchema(_ section: FigureSection) -> Entries {
        let metrics = section.metrics.map(\.rawValue)
        return objectSchema(
            Figure.CodingKeys.self,
            description: "One number reported by one source. Figures for the same metric, group and place are never added up.",
            property: { key in
                switch key {
                case .metric:
                    Property("What is counted; in \(section.rawValue): \(metrics.joined(separator: ", ")).",
                             [("type", text("string")), ("enum", texts(metrics))], required: true)
                default:
                    figureProperty(key)
                }
            })
    }

    private static func figureProperty(_ key: Figure.CodingKeys) -> Property {
        switch key {
        case .id: Property("A stable identity across editions.", string)
        case .metric: Property("What is counted.", words(Metric.self), required: true)
        case .count: Property("How many, as written: 77, 'at least 77', 'thousands', 'unknown'.", reference("count"), required: true)
        case .group: Property("Who: people, children, ethnic Uzbeks.", string)
        case .place: Property("Where.", string)
        case .asOf: Property("When the number was true, if not the edition's as_of; never later than it.", reference("date"))
        case .scope: Property("cumulative (a running total, the default) or new since the last edition.", words(FigureScope.self))
        case .headline: Property("true for the figure the report headlines for its metric.", boolean)
        case .detail: Property("More about the figure.", string)
        case .note: Property("Why the figure changed, when it fell or was corrected.", string)
        case .source: Property("The id of the entry in sources that reports it.", sourceReference)
        case .quote: Property("The exact sentence it came from; '…' marks text left out.", string)
        }
    }

    private static func borderProperty(_ key: Border.CodingKeys) -> Property {
        switch key {
        case .id: Property("A stable identity across editions.", string)
        case .between: Property("The two countries the border lies between, as in [KG, UZ].",
                                list(reference("country")) + [("minItems", .integer(2)), ("maxItems", .integer(2))], required: true)
        case .status: Property("Whether people can cross.", words(BorderStatus.self), required: true)
        case .closedBy: Property("Who closed or restricted it.", string)
        case .detail: Property("How it is restricted, or other details.", string)
        case .asOf: Property("When the status was true, if not the edition's as_of; never later than it.", reference("date"))
        case .source: Property("The id of the entry in sources that reports it.", sourceReference)
        case .quote: Property("The exact sentence it came from; '…' marks text left out.", string)
        }
    }

    private static func aidFlightProperty(_ key: AidFlight.CodingKeys) -> Property {
        switch key {
        case .id: Property("A stable identity across editions.", string)
        case .from: Property("The country it left from.", reference("country"))
        case .to: Property("The country it flies to.", reference("country"))
        case .date: Property("The day it left or is due.", reference("date"))
        case .cargo: Property("What it carries (medical supplies).", string)
        case .purpose: Property("What it is for.", list(words(FlightPurpose.self)))
        case .status: Property("Where it is in its journey.", words(FlightStatus.self), required: true)
        case .flights: Property("How many flights, when more than one.", integer(minimum: 1))
        case .detail: Property("Other details.", string)
        case .source: Property("The id of the entry in sources that reports it.", sourceReference)
        case .quote: Property("The exact sentence it came from; '…' marks text left out.", string)
        }
    }

    private static func responseProperty(_ key: Response.CodingKeys) -> Property {
        switch key {
        case .id: Property("A stable identity across editions.", string)
        case .actor: Property("Who responded: a country (RU) or an organisation's name.", reference("actor"), required: true)
        case .kind: Property("What kind of response.", words(ResponseKind.self), required: true)
        case .target: Property("To whom, when it is directed at someone.", reference("actor"))
        case .speaker: Property("Who said it, with their role.", string)
        case .detail: Property("What was done or said, briefly.", string)
        case .source: Property("The id of the entry in sources that reports it.", sourceReference)
        case .quote: Property("The exact sentence it came from; '…' marks text left out.", string)
        }
    }

    private static func measureProperty(_ key: Measure.CodingKeys) -> Property {
        switch key {
        case .id: Property("A stable identity across editions.", string)
        case .kind: Property("What kind of measure.", words(MeasureKind.self), required: true)
        case .place: Property("Where it applies.", string)
        case .detail: Property("Other details.", string)
        case .asOf: Property("When it took effect, if not the edition's as_of; never later than it.", reference("date"))
        case .source: Property("The id of the entry in sources that reports it.", sourceReference)
        case .quote: Property("The exact sentence it came from; '…' marks text left out.", string)
        }
    }

    private static func allegationProperty(_ key: Allegation.CodingKeys) -> Property {
        switch key {
        case .id: Property("A stable identity across editions.", string)
        case .claim: Property("What is claimed.", string, required: true)
        case .status: Property("Whether the claim stands unverified, was denied or was confirmed.", words(AllegationStatus.self), required: true)
        case .allegedBy: Property("Who makes the claim.", string)
        case .deniedBy: Property("Who denied it.", string)
        case .detail: Property("Other details.", string)
        case .source: Property("The id of the entry in sources that reports it.", sourceReference)
        case .quote: Property("The exact sentence it came from; '…' marks text left out.", string)
        }
    }

    private static func sourceProperty(_ key: Source.CodingKeys) -> Property {
        switch key {
        case .id: Property("The id items cite in their 'source': letters, digits, '-', '_' and '.' (bbc-10300348).",
                           sourceReference, required: true)
        case .url: Property("Where the source can be read; only http(s) addresses are linked.", string)
        case .publisher: Property("Who published it (BBC, Ministry of Health).", string)
        case .type: Property("What kind of publisher.", words(SourceType.self))
        case .file: Property("A stored copy of the article, relative to this file (an absolute path is refused), against which quotes are checked.", string)
        case .title: Property("The title.", string)
        case .published: Property("When it was published.", reference("date"))
        }
    }
}
