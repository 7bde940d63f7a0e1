/// The words the figure rules look for, in one place: units and currencies that make a number
/// something other than people, nouns for people, houses and things, and the phrases that say
/// what happened to the people counted.
enum ExtractionLexicon {
    /// Words after a number that make it a measure, a duration, money or a rate, never a count of people.
    static let units: WordSet = [
        "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "mph", "kph", "mm", "cm",
        "centimetre", "centimetres", "centimeter", "centimeters", "metre", "metres", "meter", "meters", "m", "ft", "feet",
        "foot", "inch", "inches", "sq", "square", "hectare", "hectares", "ha", "acre", "acres", "tonne", "tonnes", "ton",
        "tons", "kg", "kilogram", "kilograms", "kilos", "litre", "litres", "liter", "liters", "gallons", "per", "percent",
        "pc", "degree", "degrees", "years", "year", "yrs", "months", "month", "weeks", "week", "days", "day", "hours",
        "hour", "hrs", "minutes", "minute", "mins", "seconds", "second", "decades", "centuries", "yuan", "rupees",
        "rupee", "rs", "dollars", "dollar", "euros", "euro", "pounds", "pound", "francs", "pesos", "naira", "taka",
        "shillings", "usd", "eur", "gbp", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "magnitude", "richter", "storey",
        "storeys", "floors", "th", "st", "nd", "rd", "x", "times", "bn", "crore", "crores",
    ]

    /// Symbols and words before a number that make it money or a rank, or one person's family ("a
    /// man and his two sons were killed": two is not the toll).
    static let beforeNotCount: WordSet = [
        "$", "€", "£", "¥", "₹", "us$", "hk$", "rs", "rs.", "inr", "usd", "eur", "magnitude", "category", "level",
        "aged", "age", "no", "no.", "number", "page", "route", "highway", "phase", "grade", "force", "mw", "scale",
        "temperature", "temperatures", "flight", "room", "article", "section", "chapter", "verse", "code", "his", "her",
    ]

    /// Words that say a number changed: the number after "from" near one is the old value ("rose to
    /// 145 from 120", "up from 120", "raised the toll from 80 to 110").
    static let changeWords: WordSet = [
        "rose", "risen", "rises", "rising", "jumped", "climbed", "increased", "raised", "revised", "up", "down", "grew", "surged",
        "fell", "dropped", "lowered", "cut", "reduced", "upped",
    ]

    /// Month names and abbreviations: a number beside one is a date.
    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Month names and abbreviations to their numbers.
    static let monthNumbers = WordTable<Int>([
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ])

    /// Day names, never places.
    static let weekdays: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Nouns for people (singular and plural); a number before one counts people.
    static let personNouns: WordSet = [
        "people", "person", "persons", "individuals", "individual", "residents", "resident", "villagers", "villager",
        "inhabitants", "citizens", "civilians", "civilian", "children", "child", "kids", "babies", "baby", "infants",
        "women", "woman", "men", "man", "girls", "girl", "boys", "boy", "families", "family", "households", "household",
        "refugees", "refugee", "migrants", "migrant", "asylum-seekers", "evacuees", "victims", "victim", "others",
        "fishermen", "fisherman", "farmers", "farmer", "students", "pupils", "pilgrims", "tourists", "passengers",
        "miners", "worshippers", "protesters", "demonstrators", "patients", "prisoners", "inmates", "elderly",
        "survivors", "residents", "dead", "lives", "adults", "teenagers", "youths", "labourers", "workers", "staff",
        "employees", "nationals", "foreigners", "detainees", "idps", "returnees", "rohingya", "brus", "peoples", "bodies",
    ]

    /// Nouns for housing; a number before one counts houses.
    static let houseNouns: WordSet = [
        "houses", "house", "homes", "home", "dwellings", "dwelling", "huts", "hut", "shelters", "shelter", "shacks",
        "housing", "tents", "apartments", "flats", "mud-brick",
    ]

    /// The ``thingNouns`` for forces and responders: their number is a strength, not a figure,
    /// unless they are killed, hurt or missing ("four soldiers were killed").
    static let forceNouns: WordSet = [
        "troops", "soldiers", "soldier", "police", "policemen", "officers", "rescuers", "personnel", "doctors", "medics",
        "nurses", "volunteers", "journalists", "firefighters", "militants", "rebels", "fighters", "gunmen", "peacekeepers",
    ]

    /// Nouns for things, animals, places and forces: a number before one is not a humanitarian figure.
    static let thingNouns: WordSet = [
        "trees", "tree", "cattle", "animals", "animal", "livestock", "cows", "goats", "sheep", "poultry", "chickens",
        "buildings", "building", "schools", "school", "villages", "village", "towns", "town", "cities", "districts",
        "district", "provinces", "province", "counties", "county", "communities", "cantons", "blocks", "camps", "camp",
        "boats", "boat", "teams", "team", "vehicles", "vehicle", "cars", "flights", "troops", "soldiers", "soldier",
        "police", "policemen", "officers", "rescuers", "personnel", "packets", "bridges", "bridge", "roads", "road",
        "countries", "states", "regions", "areas", "units", "outfits", "helicopters", "aircraft", "planes", "trucks",
        "lorries", "shops", "hospitals", "hospital", "clinics", "rivers", "dams", "sites", "centres", "centers",
        "beds", "doctors", "medics", "nurses", "volunteers", "journalists", "firefighters", "experts", "searchers",
        "members", "points", "votes", "seats", "crops", "farmland", "fields", "wells", "latrines", "kits", "tons",
        "tonnes", "items", "rations", "meals", "dogs", "ships", "ministers", "officials", "militants", "rebels",
        "fighters", "gunmen", "agencies", "organisations", "organizations", "ngos", "nations", "parties", "mosques",
        "churches", "temples", "classrooms", "offices", "factories", "stations", "airports", "ports", "kilometres",
        "quakes", "earthquakes", "aftershocks", "tremors", "storms", "floods", "landslides", "typhoons", "cyclones",
        "incidents", "attacks", "blasts", "explosions", "shots", "rounds", "rockets", "shells", "bombs", "mines",
        "hamlets", "settlements", "municipalities", "wards", "panchayats", "tehsils", "upazilas", "divisions",
        "households'", "channels", "lines", "poles", "plantations", "bags", "packages", "containers", "generators",
    ]

    /// Words that qualify a number, as sequences, longest first; `nil` drops the words from the count's text.
    static let qualifiers: [(words: [String], keep: Bool)] = [
        (["a", "total", "of"], false), (["no", "fewer", "than"], true), (["no", "less", "than"], true), (["no", "more", "than"], true),
        (["not", "more", "than"], true), (["fewer", "than"], true), (["less", "than"], true), (["an", "estimated"], true), (["as", "many", "as"], true),
        (["more", "than"], true), (["at", "least"], true), (["close", "to"], true), (["up", "to"], true),
        (["approximately"], true), (["roughly"], true), (["nearly"], true), (["almost"], true), (["around"], true),
        (["about"], true), (["some"], true), (["over"], true), (["estimated"], true), (["between"], true),
    ]

    /// Vague words for a quantity, as sequences, longest first.
    static let vague: [[String]] = [
        ["hundreds", "of", "thousands"], ["tens", "of", "thousands"], ["tens", "of", "millions"],
        ["several", "hundred"], ["several", "thousand"], ["a", "few", "hundred"], ["a", "few", "thousand"],
        ["dozens"], ["hundreds"], ["thousands"], ["millions"], ["scores"],
    ]

    /// Words that name a number.
    static let numberWords: WordSet = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "lakh", "lakhs",
        "crore", "crores", "dozen",
    ]

    /// Scale words after digits: "1.2 million", "80 lakh".
    static let scaleWords: WordSet = ["thousand", "million", "billion", "lakh", "lakhs", "crore", "crores", "m", "mn", "bn"]

    /// Sentences that speak of what could happen, not what happened.
    static let hypothetical: [[String]] = [
        ["if"], ["could"], ["might"], ["would", "be"], ["going", "to", "see"], ["expected", "to"], ["forecast"],
        ["projected"], ["projection"], ["predicted"], ["scenario"], ["worst", "case"], ["in", "the", "event"],
        ["risk", "of"], ["at", "risk"], ["unless"], ["plan", "for"], ["prepared", "for"], ["capacity", "of"],
        ["likely", "to"], ["may", "rise"], ["may", "climb"], ["may", "reach"], ["may", "increase"], ["will", "rise"],
        ["will", "climb"], ["will", "reach"], ["will", "increase"],
    ]

    /// Sentences that describe what happens in general, not this disaster.
    static let habitual: [[String]] = [
        ["every", "year"], ["each", "year"], ["annually"], ["a", "year"], ["every", "monsoon"], ["per", "year"],
        ["on", "average"], ["every", "season"],
    ]

    /// Disaster nouns: "the 2002 floods" is a past disaster.
    static let disasterNouns: WordSet = [
        "flood", "floods", "flooding", "earthquake", "earthquakes", "quake", "quakes", "storm", "storms", "typhoon",
        "cyclone", "hurricane", "tsunami", "landslide", "landslides", "drought", "famine", "epidemic", "outbreak",
        "war", "conflict", "clashes", "violence", "fighting", "fire", "fires", "disaster", "disasters", "crisis",
        "eruption", "monsoon", "genocide", "massacre", "riots", "unrest", "tornado", "tornadoes",
    ]
}
