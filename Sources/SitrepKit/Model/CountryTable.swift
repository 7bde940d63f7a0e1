// CountryTable.swift
//
// Data source: ISO 3166-1 alpha-2 (all 249 officially assigned codes), plus the
// user-assigned code XK for Kosovo, which is in wide use (EU, IMF, CLDR) although
// not part of the standard. Codes follow ISO 3166-1 as published; the English short
// names are adapted to common news usage ("Russia", not "Russian Federation";
// "Turkey", not "Türkiye"; "Ivory Coast", not "Côte d'Ivoire"), and the ISO/official
// names are kept as aliases. Aliases, demonyms and capitals are compiled from common
// English usage (news style guides, CLDR/Wikipedia country articles).
//
// Conventions:
// - Capitals use the usual English news spelling, mostly without diacritics
//   ("Bogota", "Brasilia"), except "Malé" (plain "Male" is an everyday English word)
//   and "San José" (to keep it apart from San Jose, California).
// - Where a capital is disputed or split between cities, the choice is noted on the row.
// - Look-ups (Country.codesByName) are case-insensitive and give a word to the FIRST
//   row, in code order, that claims it; names and aliases are claimed before demonyms.
//   A demonym shared by two countries therefore may appear on both only when the
//   country it usually means in news text comes first in code order, and it is placed
//   first in the list only on that country: "Congolese" is listed on CD (first) and on
//   CG (second, after the attributive "Congo-Brazzaville"). "Dominican" is listed on
//   DO only, because DM sorts before DO and would otherwise take it.
// - Bare "Congo" is deliberately NOT an alias of either CD or CG (it is ambiguous).
// - Territories without their own demonym or capital have an empty list / string.

/// One row of the ISO 3166-1 table: code, English short name, and the other words that name the country in text.
struct CountryRecord: Sendable {
    /// ISO 3166-1 alpha-2 code, upper case ("KG").
    let code: String
    /// Common English short name as a report shows it ("Kyrgyzstan", "United States", "Russia", "Iran", "South Korea", "Bolivia", "Tanzania", "Vietnam", "Syria", "Laos", "Moldova", "Czechia", "Türkiye" is NOT used: use "Turkey").
    let name: String
    /// Other English names and official long names seen in news text ("Kyrgyz Republic", "Russian Federation", "Burma", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "USA", "U.S.", "US", "UK", "Britain", "Great Britain", "DRC", "DR Congo", "Democratic Republic of the Congo", "Swaziland", "Holland" …).
    let aliases: [String]
    /// Demonyms / adjectives used in text ("Kyrgyz", "Kirghiz", "Uzbek", "Russian", "American", "British", "Chinese", "Afghan", "Pakistani", "Filipino", "Philippine", …). Several per country where common. Plural people-forms are NOT needed (the code strips a trailing "s").
    let demonyms: [String]
    /// Capital city in its common English spelling ("Bishkek", "Tashkent", "Moscow", "Washington", "Beijing"); empty for territories without one.
    let capital: String
}

/// Every ISO 3166-1 alpha-2 country, sorted by code.
let countryTable: [CountryRecord] = [
    CountryRecord(code: "AD", name: "Andorra", aliases: ["Principality of Andorra"], demonyms: ["Andorran"], capital: "Andorra la Vella"),
    CountryRecord(code: "AE", name: "United Arab Emirates", aliases: ["UAE", "U.A.E."], demonyms: ["Emirati"], capital: "Abu Dhabi"),
    CountryRecord(code: "AF", name: "Afghanistan", aliases: ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"], demonyms: ["Afghan"], capital: "Kabul"),
    CountryRecord(code: "AG", name: "Antigua and Barbuda", aliases: ["Antigua"], demonyms: ["Antiguan", "Barbudan"], capital: "St. John's"),
    CountryRecord(code: "AI", name: "Anguilla", aliases: [], demonyms: ["Anguillan"], capital: "The Valley"),
    CountryRecord(code: "AL", name: "Albania", aliases: ["Republic of Albania"], demonyms: ["Albanian"], capital: "Tirana"),
    CountryRecord(code: "AM", name: "Armenia", aliases: ["Republic of Armenia"], demonyms: ["Armenian"], capital: "Yerevan"),
    CountryRecord(code: "AO", name: "Angola", aliases: ["Republic of Angola"], demonyms: ["Angolan"], capital: "Luanda"),
    CountryRecord(code: "AQ", name: "Antarctica", aliases: [], demonyms: ["Antarctic"], capital: ""),
    CountryRecord(code: "AR", name: "Argentina", aliases: ["Argentine Republic"], demonyms: ["Argentine", "Argentinian"], capital: "Buenos Aires"),
    CountryRecord(code: "AS", name: "American Samoa", aliases: [], demonyms: ["American Samoan"], capital: "Pago Pago"),
    CountryRecord(code: "AT", name: "Austria", aliases: ["Republic of Austria"], demonyms: ["Austrian"], capital: "Vienna"),
    CountryRecord(code: "AU", name: "Australia", aliases: ["Commonwealth of Australia"], demonyms: ["Australian"], capital: "Canberra"),
    CountryRecord(code: "AW", name: "Aruba", aliases: [], demonyms: ["Aruban"], capital: "Oranjestad"),
    CountryRecord(code: "AX", name: "Åland Islands", aliases: ["Aland Islands", "Åland", "Aland"], demonyms: ["Ålander"], capital: "Mariehamn"),
    CountryRecord(code: "AZ", name: "Azerbaijan", aliases: ["Republic of Azerbaijan"], demonyms: ["Azerbaijani", "Azeri"], capital: "Baku"),
    CountryRecord(code: "BA", name: "Bosnia and Herzegovina", aliases: ["Bosnia", "Bosnia-Herzegovina", "BiH"], demonyms: ["Bosnian", "Herzegovinian"], capital: "Sarajevo"),
    CountryRecord(code: "BB", name: "Barbados", aliases: [], demonyms: ["Barbadian", "Bajan"], capital: "Bridgetown"),
    CountryRecord(code: "BD", name: "Bangladesh", aliases: ["People's Republic of Bangladesh"], demonyms: ["Bangladeshi"], capital: "Dhaka"),
    CountryRecord(code: "BE", name: "Belgium", aliases: ["Kingdom of Belgium"], demonyms: ["Belgian"], capital: "Brussels"),
    CountryRecord(code: "BF", name: "Burkina Faso", aliases: ["Burkina"], demonyms: ["Burkinabe", "Burkinabè"], capital: "Ouagadougou"),
    CountryRecord(code: "BG", name: "Bulgaria", aliases: ["Republic of Bulgaria"], demonyms: ["Bulgarian"], capital: "Sofia"),
    CountryRecord(code: "BH", name: "Bahrain", aliases: ["Kingdom of Bahrain"], demonyms: ["Bahraini"], capital: "Manama"),
    // Gitega has been the political capital since 2019; Bujumbura remains the economic centre.
    CountryRecord(code: "BI", name: "Burundi", aliases: ["Republic of Burundi"], demonyms: ["Burundian"], capital: "Gitega"),
    // Porto-Novo is the official capital; the government sits mostly in Cotonou.
    CountryRecord(code: "BJ", name: "Benin", aliases: ["Republic of Benin"], demonyms: ["Beninese"], capital: "Porto-Novo"),
    CountryRecord(code: "BL", name: "Saint Barthélemy", aliases: ["Saint Barthelemy", "St. Barthélemy", "St. Barts", "St. Barths"], demonyms: [], capital: "Gustavia"),
    CountryRecord(code: "BM", name: "Bermuda", aliases: [], demonyms: ["Bermudian"], capital: "Hamilton"),
    CountryRecord(code: "BN", name: "Brunei", aliases: ["Brunei Darussalam", "Nation of Brunei"], demonyms: ["Bruneian"], capital: "Bandar Seri Begawan"),
    // La Paz is the seat of government (the city news text names); Sucre is the constitutional capital.
    CountryRecord(code: "BO", name: "Bolivia", aliases: ["Plurinational State of Bolivia"], demonyms: ["Bolivian"], capital: "La Paz"),
    // "Saba" is not listed as an alias: as a bare word it is too ambiguous in text.
    CountryRecord(code: "BQ", name: "Caribbean Netherlands", aliases: ["Bonaire, Sint Eustatius and Saba", "Bonaire", "Sint Eustatius", "BES Islands"], demonyms: [], capital: "Kralendijk"),
    CountryRecord(code: "BR", name: "Brazil", aliases: ["Federative Republic of Brazil"], demonyms: ["Brazilian"], capital: "Brasilia"),
    CountryRecord(code: "BS", name: "Bahamas", aliases: ["The Bahamas", "Commonwealth of the Bahamas"], demonyms: ["Bahamian"], capital: "Nassau"),
    CountryRecord(code: "BT", name: "Bhutan", aliases: ["Kingdom of Bhutan"], demonyms: ["Bhutanese"], capital: "Thimphu"),
    CountryRecord(code: "BV", name: "Bouvet Island", aliases: [], demonyms: [], capital: ""),
    CountryRecord(code: "BW", name: "Botswana", aliases: ["Republic of Botswana"], demonyms: ["Botswanan", "Motswana", "Batswana"], capital: "Gaborone"),
    CountryRecord(code: "BY", name: "Belarus", aliases: ["Republic of Belarus", "Belorussia", "Byelorussia"], demonyms: ["Belarusian", "Belarussian"], capital: "Minsk"),
    CountryRecord(code: "BZ", name: "Belize", aliases: [], demonyms: ["Belizean"], capital: "Belmopan"),
    CountryRecord(code: "CA", name: "Canada", aliases: [], demonyms: ["Canadian"], capital: "Ottawa"),
    CountryRecord(code: "CC", name: "Cocos Islands", aliases: ["Cocos (Keeling) Islands", "Keeling Islands"], demonyms: ["Cocos Islander"], capital: "West Island"),
    // "Congolese" is shared with CG; it is listed first here because in news text it usually means the DRC.
    CountryRecord(code: "CD", name: "DR Congo", aliases: ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC", "D.R. Congo", "Congo-Kinshasa"], demonyms: ["Congolese"], capital: "Kinshasa"),
    CountryRecord(code: "CF", name: "Central African Republic", aliases: [], demonyms: ["Central African"], capital: "Bangui"),
    // "Congolese" is shared with CD and deliberately NOT first here; the attributive
    // "Congo-Brazzaville" ("the Congo-Brazzaville government") leads instead.
    CountryRecord(code: "CG", name: "Republic of the Congo", aliases: ["Republic of Congo", "Congo Republic", "Congo-Brazzaville"], demonyms: ["Congo-Brazzaville", "Congolese"], capital: "Brazzaville"),
    CountryRecord(code: "CH", name: "Switzerland", aliases: ["Swiss Confederation"], demonyms: ["Swiss"], capital: "Bern"),
    // Yamoussoukro is the official capital; Abidjan is the economic capital and de facto seat of much of the government.
    CountryRecord(code: "CI", name: "Ivory Coast", aliases: ["Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"], demonyms: ["Ivorian"], capital: "Yamoussoukro"),
    CountryRecord(code: "CK", name: "Cook Islands", aliases: [], demonyms: ["Cook Islander"], capital: "Avarua"),
    CountryRecord(code: "CL", name: "Chile", aliases: ["Republic of Chile"], demonyms: ["Chilean"], capital: "Santiago"),
    CountryRecord(code: "CM", name: "Cameroon", aliases: ["Republic of Cameroon"], demonyms: ["Cameroonian"], capital: "Yaounde"),
    CountryRecord(code: "CN", name: "China", aliases: ["People's Republic of China", "PRC", "Mainland China"], demonyms: ["Chinese"], capital: "Beijing"),
    CountryRecord(code: "CO", name: "Colombia", aliases: ["Republic of Colombia"], demonyms: ["Colombian"], capital: "Bogota"),
    CountryRecord(code: "CR", name: "Costa Rica", aliases: ["Republic of Costa Rica"], demonyms: ["Costa Rican"], capital: "San José"),
    CountryRecord(code: "CU", name: "Cuba", aliases: ["Republic of Cuba"], demonyms: ["Cuban"], capital: "Havana"),
    CountryRecord(code: "CV", name: "Cape Verde", aliases: ["Cabo Verde", "Republic of Cabo Verde"], demonyms: ["Cape Verdean", "Cabo Verdean"], capital: "Praia"),
    CountryRecord(code: "CW", name: "Curaçao", aliases: ["Curacao"], demonyms: ["Curaçaoan", "Curacaoan"], capital: "Willemstad"),
    CountryRecord(code: "CX", name: "Christmas Island", aliases: [], demonyms: ["Christmas Islander"], capital: "Flying Fish Cove"),
    CountryRecord(code: "CY", name: "Cyprus", aliases: ["Republic of Cyprus"], demonyms: ["Cypriot"], capital: "Nicosia"),
    CountryRecord(code: "CZ", name: "Czechia", aliases: ["Czech Republic"], demonyms: ["Czech"], capital: "Prague"),
    CountryRecord(code: "DE", name: "Germany", aliases: ["Federal Republic of Germany"], demonyms: ["German"], capital: "Berlin"),
    CountryRecord(code: "DJ", name: "Djibouti", aliases: ["Republic of Djibouti"], demonyms: ["Djiboutian"], capital: "Djibouti"),
    CountryRecord(code: "DK", name: "Denmark", aliases: ["Kingdom of Denmark"], demonyms: ["Danish", "Dane"], capital: "Copenhagen"),
    // The demonym is "Dominican", but it is NOT listed here: look-ups give a word to the
    // first row that claims it, DM sorts before DO, and in text "Dominican" almost always
    // means the Dominican Republic. The attributive "Dominica" ("Dominica officials") stands in.
    CountryRecord(code: "DM", name: "Dominica", aliases: ["Commonwealth of Dominica"], demonyms: ["Dominica"], capital: "Roseau"),
    // "Dominican" belongs to DO only (see DM).
    CountryRecord(code: "DO", name: "Dominican Republic", aliases: [], demonyms: ["Dominican"], capital: "Santo Domingo"),
    CountryRecord(code: "DZ", name: "Algeria", aliases: ["People's Democratic Republic of Algeria"], demonyms: ["Algerian"], capital: "Algiers"),
    CountryRecord(code: "EC", name: "Ecuador", aliases: ["Republic of Ecuador"], demonyms: ["Ecuadorian", "Ecuadorean"], capital: "Quito"),
    CountryRecord(code: "EE", name: "Estonia", aliases: ["Republic of Estonia"], demonyms: ["Estonian"], capital: "Tallinn"),
    CountryRecord(code: "EG", name: "Egypt", aliases: ["Arab Republic of Egypt"], demonyms: ["Egyptian"], capital: "Cairo"),
    // Disputed territory; Laayoune (El Aaiún) is its largest city and claimed capital.
    CountryRecord(code: "EH", name: "Western Sahara", aliases: ["Sahrawi Arab Democratic Republic"], demonyms: ["Sahrawi", "Saharawi"], capital: "Laayoune"),
    CountryRecord(code: "ER", name: "Eritrea", aliases: ["State of Eritrea"], demonyms: ["Eritrean"], capital: "Asmara"),
    CountryRecord(code: "ES", name: "Spain", aliases: ["Kingdom of Spain"], demonyms: ["Spanish", "Spaniard"], capital: "Madrid"),
    CountryRecord(code: "ET", name: "Ethiopia", aliases: ["Federal Democratic Republic of Ethiopia"], demonyms: ["Ethiopian"], capital: "Addis Ababa"),
    CountryRecord(code: "FI", name: "Finland", aliases: ["Republic of Finland"], demonyms: ["Finnish", "Finn"], capital: "Helsinki"),
    CountryRecord(code: "FJ", name: "Fiji", aliases: ["Republic of Fiji"], demonyms: ["Fijian"], capital: "Suva"),
    CountryRecord(code: "FK", name: "Falkland Islands", aliases: ["Falklands", "Falkland Islands (Malvinas)", "Malvinas", "Islas Malvinas"], demonyms: ["Falkland Islander"], capital: "Stanley"),
    CountryRecord(code: "FM", name: "Micronesia", aliases: ["Federated States of Micronesia"], demonyms: ["Micronesian"], capital: "Palikir"),
    CountryRecord(code: "FO", name: "Faroe Islands", aliases: ["Faroes", "Faeroe Islands"], demonyms: ["Faroese"], capital: "Torshavn"),
    CountryRecord(code: "FR", name: "France", aliases: ["French Republic"], demonyms: ["French"], capital: "Paris"),
    CountryRecord(code: "GA", name: "Gabon", aliases: ["Gabonese Republic"], demonyms: ["Gabonese"], capital: "Libreville"),
    // "English" is not a demonym here: in text it mostly means the language.
    CountryRecord(code: "GB", name: "United Kingdom", aliases: ["United Kingdom of Great Britain and Northern Ireland", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"], demonyms: ["British", "Briton", "Brit", "Scottish", "Welsh", "Northern Irish"], capital: "London"),
    CountryRecord(code: "GD", name: "Grenada", aliases: [], demonyms: ["Grenadian"], capital: "St. George's"),
    CountryRecord(code: "GE", name: "Georgia", aliases: [], demonyms: ["Georgian"], capital: "Tbilisi"),
    CountryRecord(code: "GF", name: "French Guiana", aliases: [], demonyms: ["French Guianese"], capital: "Cayenne"),
    CountryRecord(code: "GG", name: "Guernsey", aliases: ["Bailiwick of Guernsey"], demonyms: [], capital: "St Peter Port"),
    CountryRecord(code: "GH", name: "Ghana", aliases: ["Republic of Ghana"], demonyms: ["Ghanaian"], capital: "Accra"),
    CountryRecord(code: "GI", name: "Gibraltar", aliases: [], demonyms: ["Gibraltarian"], capital: "Gibraltar"),
    CountryRecord(code: "GL", name: "Greenland", aliases: [], demonyms: ["Greenlandic", "Greenlander"], capital: "Nuuk"),
    CountryRecord(code: "GM", name: "Gambia", aliases: ["The Gambia", "Republic of the Gambia"], demonyms: ["Gambian"], capital: "Banjul"),
    // Bare "Guinean" is listed only here; GQ, GW and PG use qualified forms.
    CountryRecord(code: "GN", name: "Guinea", aliases: ["Republic of Guinea", "Guinea-Conakry"], demonyms: ["Guinean"], capital: "Conakry"),
    CountryRecord(code: "GP", name: "Guadeloupe", aliases: [], demonyms: ["Guadeloupean"], capital: "Basse-Terre"),
    CountryRecord(code: "GQ", name: "Equatorial Guinea", aliases: ["Republic of Equatorial Guinea"], demonyms: ["Equatorial Guinean", "Equatoguinean"], capital: "Malabo"),
    CountryRecord(code: "GR", name: "Greece", aliases: ["Hellenic Republic"], demonyms: ["Greek", "Hellenic"], capital: "Athens"),
    CountryRecord(code: "GS", name: "South Georgia and the South Sandwich Islands", aliases: ["South Georgia", "South Sandwich Islands"], demonyms: [], capital: "King Edward Point"),
    CountryRecord(code: "GT", name: "Guatemala", aliases: ["Republic of Guatemala"], demonyms: ["Guatemalan"], capital: "Guatemala City"),
    CountryRecord(code: "GU", name: "Guam", aliases: [], demonyms: ["Guamanian"], capital: "Hagatna"),
    CountryRecord(code: "GW", name: "Guinea-Bissau", aliases: ["Republic of Guinea-Bissau"], demonyms: ["Bissau-Guinean"], capital: "Bissau"),
    CountryRecord(code: "GY", name: "Guyana", aliases: ["Co-operative Republic of Guyana"], demonyms: ["Guyanese"], capital: "Georgetown"),
    CountryRecord(code: "HK", name: "Hong Kong", aliases: ["Hong Kong SAR", "Hong Kong Special Administrative Region"], demonyms: ["Hong Konger", "Hongkonger"], capital: ""),
    CountryRecord(code: "HM", name: "Heard Island and McDonald Islands", aliases: ["Heard Island", "McDonald Islands"], demonyms: [], capital: ""),
    CountryRecord(code: "HN", name: "Honduras", aliases: ["Republic of Honduras"], demonyms: ["Honduran"], capital: "Tegucigalpa"),
    CountryRecord(code: "HR", name: "Croatia", aliases: ["Republic of Croatia"], demonyms: ["Croatian", "Croat"], capital: "Zagreb"),
    CountryRecord(code: "HT", name: "Haiti", aliases: ["Republic of Haiti"], demonyms: ["Haitian"], capital: "Port-au-Prince"),
    CountryRecord(code: "HU", name: "Hungary", aliases: [], demonyms: ["Hungarian"], capital: "Budapest"),
    CountryRecord(code: "ID", name: "Indonesia", aliases: ["Republic of Indonesia"], demonyms: ["Indonesian"], capital: "Jakarta"),
    CountryRecord(code: "IE", name: "Ireland", aliases: ["Republic of Ireland", "Eire", "Éire"], demonyms: ["Irish"], capital: "Dublin"),
    // Capital as designated by Israel; its international recognition is limited.
    CountryRecord(code: "IL", name: "Israel", aliases: ["State of Israel"], demonyms: ["Israeli"], capital: "Jerusalem"),
    CountryRecord(code: "IM", name: "Isle of Man", aliases: [], demonyms: ["Manx"], capital: "Douglas"),
    CountryRecord(code: "IN", name: "India", aliases: ["Republic of India"], demonyms: ["Indian"], capital: "New Delhi"),
    CountryRecord(code: "IO", name: "British Indian Ocean Territory", aliases: ["Chagos Islands", "Chagos Archipelago", "Diego Garcia"], demonyms: [], capital: ""),
    CountryRecord(code: "IQ", name: "Iraq", aliases: ["Republic of Iraq"], demonyms: ["Iraqi"], capital: "Baghdad"),
    CountryRecord(code: "IR", name: "Iran", aliases: ["Islamic Republic of Iran"], demonyms: ["Iranian"], capital: "Tehran"),
    CountryRecord(code: "IS", name: "Iceland", aliases: [], demonyms: ["Icelandic", "Icelander"], capital: "Reykjavik"),
    CountryRecord(code: "IT", name: "Italy", aliases: ["Italian Republic"], demonyms: ["Italian"], capital: "Rome"),
    CountryRecord(code: "JE", name: "Jersey", aliases: ["Bailiwick of Jersey"], demonyms: [], capital: "St Helier"),
    CountryRecord(code: "JM", name: "Jamaica", aliases: [], demonyms: ["Jamaican"], capital: "Kingston"),
    CountryRecord(code: "JO", name: "Jordan", aliases: ["Hashemite Kingdom of Jordan"], demonyms: ["Jordanian"], capital: "Amman"),
    CountryRecord(code: "JP", name: "Japan", aliases: [], demonyms: ["Japanese"], capital: "Tokyo"),
    CountryRecord(code: "KE", name: "Kenya", aliases: ["Republic of Kenya"], demonyms: ["Kenyan"], capital: "Nairobi"),
    CountryRecord(code: "KG", name: "Kyrgyzstan", aliases: ["Kyrgyz Republic", "Kirghizia", "Kirgizia"], demonyms: ["Kyrgyz", "Kirghiz", "Kyrgyzstani"], capital: "Bishkek"),
    CountryRecord(code: "KH", name: "Cambodia", aliases: ["Kingdom of Cambodia"], demonyms: ["Cambodian", "Khmer"], capital: "Phnom Penh"),
    CountryRecord(code: "KI", name: "Kiribati", aliases: ["Republic of Kiribati"], demonyms: ["I-Kiribati"], capital: "Tarawa"),
    CountryRecord(code: "KM", name: "Comoros", aliases: ["Union of the Comoros"], demonyms: ["Comorian"], capital: "Moroni"),
    CountryRecord(code: "KN", name: "Saint Kitts and Nevis", aliases: ["St. Kitts and Nevis", "St Kitts and Nevis", "Federation of Saint Kitts and Nevis"], demonyms: ["Kittitian", "Nevisian"], capital: "Basseterre"),
    CountryRecord(code: "KP", name: "North Korea", aliases: ["Democratic People's Republic of Korea", "DPRK"], demonyms: ["North Korean"], capital: "Pyongyang"),
    // Bare "Korea" / "Korean" are listed only here: in news text they almost always mean South Korea.
    CountryRecord(code: "KR", name: "South Korea", aliases: ["Republic of Korea", "ROK", "Korea"], demonyms: ["South Korean", "Korean"], capital: "Seoul"),
    CountryRecord(code: "KW", name: "Kuwait", aliases: ["State of Kuwait"], demonyms: ["Kuwaiti"], capital: "Kuwait City"),
    CountryRecord(code: "KY", name: "Cayman Islands", aliases: ["Caymans"], demonyms: ["Caymanian"], capital: "George Town"),
    CountryRecord(code: "KZ", name: "Kazakhstan", aliases: ["Republic of Kazakhstan"], demonyms: ["Kazakh", "Kazakhstani"], capital: "Astana"),
    CountryRecord(code: "LA", name: "Laos", aliases: ["Lao People's Democratic Republic", "Lao PDR"], demonyms: ["Lao", "Laotian"], capital: "Vientiane"),
    CountryRecord(code: "LB", name: "Lebanon", aliases: ["Lebanese Republic"], demonyms: ["Lebanese"], capital: "Beirut"),
    CountryRecord(code: "LC", name: "Saint Lucia", aliases: ["St. Lucia", "St Lucia"], demonyms: ["Saint Lucian", "St. Lucian"], capital: "Castries"),
    CountryRecord(code: "LI", name: "Liechtenstein", aliases: ["Principality of Liechtenstein"], demonyms: ["Liechtensteiner"], capital: "Vaduz"),
    // Colombo is the executive and commercial capital; Sri Jayawardenepura Kotte is the legislative capital.
    CountryRecord(code: "LK", name: "Sri Lanka", aliases: ["Democratic Socialist Republic of Sri Lanka"], demonyms: ["Sri Lankan"], capital: "Colombo"),
    CountryRecord(code: "LR", name: "Liberia", aliases: ["Republic of Liberia"], demonyms: ["Liberian"], capital: "Monrovia"),
    CountryRecord(code: "LS", name: "Lesotho", aliases: ["Kingdom of Lesotho"], demonyms: ["Basotho", "Mosotho", "Lesothan"], capital: "Maseru"),
    CountryRecord(code: "LT", name: "Lithuania", aliases: ["Republic of Lithuania"], demonyms: ["Lithuanian"], capital: "Vilnius"),
    CountryRecord(code: "LU", name: "Luxembourg", aliases: ["Grand Duchy of Luxembourg"], demonyms: ["Luxembourger", "Luxembourgish"], capital: "Luxembourg"),
    CountryRecord(code: "LV", name: "Latvia", aliases: ["Republic of Latvia"], demonyms: ["Latvian"], capital: "Riga"),
    CountryRecord(code: "LY", name: "Libya", aliases: ["State of Libya"], demonyms: ["Libyan"], capital: "Tripoli"),
    CountryRecord(code: "MA", name: "Morocco", aliases: ["Kingdom of Morocco"], demonyms: ["Moroccan"], capital: "Rabat"),
    CountryRecord(code: "MC", name: "Monaco", aliases: ["Principality of Monaco"], demonyms: ["Monegasque", "Monacan"], capital: "Monaco"),
    CountryRecord(code: "MD", name: "Moldova", aliases: ["Republic of Moldova"], demonyms: ["Moldovan"], capital: "Chisinau"),
    CountryRecord(code: "ME", name: "Montenegro", aliases: [], demonyms: ["Montenegrin"], capital: "Podgorica"),
    CountryRecord(code: "MF", name: "Saint Martin", aliases: ["Saint Martin (French part)", "Saint-Martin", "St. Martin", "Collectivity of Saint Martin"], demonyms: [], capital: "Marigot"),
    CountryRecord(code: "MG", name: "Madagascar", aliases: ["Republic of Madagascar"], demonyms: ["Malagasy"], capital: "Antananarivo"),
    CountryRecord(code: "MH", name: "Marshall Islands", aliases: ["Republic of the Marshall Islands"], demonyms: ["Marshallese"], capital: "Majuro"),
    CountryRecord(code: "MK", name: "North Macedonia", aliases: ["Republic of North Macedonia", "Macedonia"], demonyms: ["North Macedonian", "Macedonian"], capital: "Skopje"),
    CountryRecord(code: "ML", name: "Mali", aliases: ["Republic of Mali"], demonyms: ["Malian"], capital: "Bamako"),
    CountryRecord(code: "MM", name: "Myanmar", aliases: ["Burma", "Republic of the Union of Myanmar"], demonyms: ["Burmese"], capital: "Naypyidaw"),
    CountryRecord(code: "MN", name: "Mongolia", aliases: [], demonyms: ["Mongolian"], capital: "Ulaanbaatar"),
    CountryRecord(code: "MO", name: "Macau", aliases: ["Macao", "Macao SAR", "Macau SAR"], demonyms: ["Macanese"], capital: ""),
    CountryRecord(code: "MP", name: "Northern Mariana Islands", aliases: ["Commonwealth of the Northern Mariana Islands", "Northern Marianas", "CNMI"], demonyms: ["Northern Mariana Islander"], capital: "Saipan"),
    CountryRecord(code: "MQ", name: "Martinique", aliases: [], demonyms: ["Martiniquais", "Martinican"], capital: "Fort-de-France"),
    CountryRecord(code: "MR", name: "Mauritania", aliases: ["Islamic Republic of Mauritania"], demonyms: ["Mauritanian"], capital: "Nouakchott"),
    // Plymouth, the de jure capital, was abandoned after the 1995-97 eruptions; Brades is the de facto seat.
    CountryRecord(code: "MS", name: "Montserrat", aliases: [], demonyms: ["Montserratian"], capital: "Brades"),
    CountryRecord(code: "MT", name: "Malta", aliases: ["Republic of Malta"], demonyms: ["Maltese"], capital: "Valletta"),
    CountryRecord(code: "MU", name: "Mauritius", aliases: ["Republic of Mauritius"], demonyms: ["Mauritian"], capital: "Port Louis"),
    CountryRecord(code: "MV", name: "Maldives", aliases: ["Republic of Maldives", "The Maldives"], demonyms: ["Maldivian"], capital: "Malé"),
    CountryRecord(code: "MW", name: "Malawi", aliases: ["Republic of Malawi"], demonyms: ["Malawian"], capital: "Lilongwe"),
    CountryRecord(code: "MX", name: "Mexico", aliases: ["United Mexican States"], demonyms: ["Mexican"], capital: "Mexico City"),
    CountryRecord(code: "MY", name: "Malaysia", aliases: [], demonyms: ["Malaysian"], capital: "Kuala Lumpur"),
    CountryRecord(code: "MZ", name: "Mozambique", aliases: ["Republic of Mozambique"], demonyms: ["Mozambican"], capital: "Maputo"),
    CountryRecord(code: "NA", name: "Namibia", aliases: ["Republic of Namibia"], demonyms: ["Namibian"], capital: "Windhoek"),
    CountryRecord(code: "NC", name: "New Caledonia", aliases: [], demonyms: ["New Caledonian"], capital: "Noumea"),
    CountryRecord(code: "NE", name: "Niger", aliases: ["Republic of the Niger", "Republic of Niger"], demonyms: ["Nigerien"], capital: "Niamey"),
    // The capital, Kingston, is left out so it does not clash with Kingston, Jamaica (JM).
    CountryRecord(code: "NF", name: "Norfolk Island", aliases: [], demonyms: ["Norfolk Islander"], capital: ""),
    CountryRecord(code: "NG", name: "Nigeria", aliases: ["Federal Republic of Nigeria"], demonyms: ["Nigerian"], capital: "Abuja"),
    CountryRecord(code: "NI", name: "Nicaragua", aliases: ["Republic of Nicaragua"], demonyms: ["Nicaraguan"], capital: "Managua"),
    // Amsterdam is the constitutional capital; the government sits in The Hague.
    CountryRecord(code: "NL", name: "Netherlands", aliases: ["The Netherlands", "Holland", "Kingdom of the Netherlands"], demonyms: ["Dutch", "Netherlander"], capital: "Amsterdam"),
    CountryRecord(code: "NO", name: "Norway", aliases: ["Kingdom of Norway"], demonyms: ["Norwegian"], capital: "Oslo"),
    CountryRecord(code: "NP", name: "Nepal", aliases: ["Federal Democratic Republic of Nepal"], demonyms: ["Nepali", "Nepalese"], capital: "Kathmandu"),
    CountryRecord(code: "NR", name: "Nauru", aliases: ["Republic of Nauru"], demonyms: ["Nauruan"], capital: "Yaren"),
    CountryRecord(code: "NU", name: "Niue", aliases: [], demonyms: ["Niuean"], capital: "Alofi"),
    CountryRecord(code: "NZ", name: "New Zealand", aliases: ["Aotearoa"], demonyms: ["New Zealander"], capital: "Wellington"),
    CountryRecord(code: "OM", name: "Oman", aliases: ["Sultanate of Oman"], demonyms: ["Omani"], capital: "Muscat"),
    CountryRecord(code: "PA", name: "Panama", aliases: ["Republic of Panama"], demonyms: ["Panamanian"], capital: "Panama City"),
    CountryRecord(code: "PE", name: "Peru", aliases: ["Republic of Peru"], demonyms: ["Peruvian"], capital: "Lima"),
    CountryRecord(code: "PF", name: "French Polynesia", aliases: ["Tahiti"], demonyms: ["French Polynesian", "Tahitian"], capital: "Papeete"),
    CountryRecord(code: "PG", name: "Papua New Guinea", aliases: ["Independent State of Papua New Guinea", "PNG"], demonyms: ["Papua New Guinean"], capital: "Port Moresby"),
    CountryRecord(code: "PH", name: "Philippines", aliases: ["Republic of the Philippines", "The Philippines"], demonyms: ["Filipino", "Filipina", "Philippine"], capital: "Manila"),
    CountryRecord(code: "PK", name: "Pakistan", aliases: ["Islamic Republic of Pakistan"], demonyms: ["Pakistani"], capital: "Islamabad"),
    CountryRecord(code: "PL", name: "Poland", aliases: ["Republic of Poland"], demonyms: ["Polish", "Pole"], capital: "Warsaw"),
    CountryRecord(code: "PM", name: "Saint Pierre and Miquelon", aliases: ["St. Pierre and Miquelon"], demonyms: [], capital: "Saint-Pierre"),
    CountryRecord(code: "PN", name: "Pitcairn Islands", aliases: ["Pitcairn", "Pitcairn, Henderson, Ducie and Oeno Islands"], demonyms: ["Pitcairn Islander"], capital: "Adamstown"),
    CountryRecord(code: "PR", name: "Puerto Rico", aliases: ["Commonwealth of Puerto Rico"], demonyms: ["Puerto Rican"], capital: "San Juan"),
    // Capital: Ramallah, the administrative seat (the State of Palestine claims East Jerusalem).
    CountryRecord(code: "PS", name: "Palestine", aliases: ["State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory", "West Bank", "Gaza Strip", "Gaza"], demonyms: ["Palestinian"], capital: "Ramallah"),
    CountryRecord(code: "PT", name: "Portugal", aliases: ["Portuguese Republic"], demonyms: ["Portuguese"], capital: "Lisbon"),
    CountryRecord(code: "PW", name: "Palau", aliases: ["Republic of Palau"], demonyms: ["Palauan"], capital: "Ngerulmud"),
    CountryRecord(code: "PY", name: "Paraguay", aliases: ["Republic of Paraguay"], demonyms: ["Paraguayan"], capital: "Asuncion"),
    CountryRecord(code: "QA", name: "Qatar", aliases: ["State of Qatar"], demonyms: ["Qatari"], capital: "Doha"),
    CountryRecord(code: "RE", name: "Réunion", aliases: ["Reunion", "La Réunion"], demonyms: ["Réunionese", "Reunionese"], capital: "Saint-Denis"),
    CountryRecord(code: "RO", name: "Romania", aliases: [], demonyms: ["Romanian"], capital: "Bucharest"),
    CountryRecord(code: "RS", name: "Serbia", aliases: ["Republic of Serbia"], demonyms: ["Serbian", "Serb"], capital: "Belgrade"),
    CountryRecord(code: "RU", name: "Russia", aliases: ["Russian Federation"], demonyms: ["Russian"], capital: "Moscow"),
    CountryRecord(code: "RW", name: "Rwanda", aliases: ["Republic of Rwanda"], demonyms: ["Rwandan", "Rwandese"], capital: "Kigali"),
    CountryRecord(code: "SA", name: "Saudi Arabia", aliases: ["Kingdom of Saudi Arabia", "KSA"], demonyms: ["Saudi", "Saudi Arabian"], capital: "Riyadh"),
    CountryRecord(code: "SB", name: "Solomon Islands", aliases: ["Solomons"], demonyms: ["Solomon Islander"], capital: "Honiara"),
    CountryRecord(code: "SC", name: "Seychelles", aliases: ["Republic of Seychelles"], demonyms: ["Seychellois"], capital: "Victoria"),
    CountryRecord(code: "SD", name: "Sudan", aliases: ["Republic of the Sudan", "Republic of Sudan"], demonyms: ["Sudanese"], capital: "Khartoum"),
    CountryRecord(code: "SE", name: "Sweden", aliases: ["Kingdom of Sweden"], demonyms: ["Swedish", "Swede"], capital: "Stockholm"),
    CountryRecord(code: "SG", name: "Singapore", aliases: ["Republic of Singapore"], demonyms: ["Singaporean"], capital: "Singapore"),
    CountryRecord(code: "SH", name: "Saint Helena", aliases: ["Saint Helena, Ascension and Tristan da Cunha", "St Helena", "Ascension Island", "Tristan da Cunha"], demonyms: ["Saint Helenian"], capital: "Jamestown"),
    CountryRecord(code: "SI", name: "Slovenia", aliases: ["Republic of Slovenia"], demonyms: ["Slovenian", "Slovene"], capital: "Ljubljana"),
    CountryRecord(code: "SJ", name: "Svalbard and Jan Mayen", aliases: ["Svalbard", "Jan Mayen"], demonyms: [], capital: "Longyearbyen"),
    CountryRecord(code: "SK", name: "Slovakia", aliases: ["Slovak Republic"], demonyms: ["Slovak", "Slovakian"], capital: "Bratislava"),
    CountryRecord(code: "SL", name: "Sierra Leone", aliases: ["Republic of Sierra Leone"], demonyms: ["Sierra Leonean"], capital: "Freetown"),
    CountryRecord(code: "SM", name: "San Marino", aliases: ["Republic of San Marino"], demonyms: ["Sammarinese"], capital: "San Marino"),
    CountryRecord(code: "SN", name: "Senegal", aliases: ["Republic of Senegal"], demonyms: ["Senegalese"], capital: "Dakar"),
    CountryRecord(code: "SO", name: "Somalia", aliases: ["Federal Republic of Somalia"], demonyms: ["Somali", "Somalian"], capital: "Mogadishu"),
    CountryRecord(code: "SR", name: "Suriname", aliases: ["Republic of Suriname", "Surinam"], demonyms: ["Surinamese"], capital: "Paramaribo"),
    CountryRecord(code: "SS", name: "South Sudan", aliases: ["Republic of South Sudan"], demonyms: ["South Sudanese"], capital: "Juba"),
    CountryRecord(code: "ST", name: "São Tomé and Príncipe", aliases: ["Sao Tome and Principe", "Democratic Republic of São Tomé and Príncipe"], demonyms: ["Santomean", "São Toméan"], capital: "Sao Tome"),
    CountryRecord(code: "SV", name: "El Salvador", aliases: ["Republic of El Salvador"], demonyms: ["Salvadoran", "Salvadorean"], capital: "San Salvador"),
    CountryRecord(code: "SX", name: "Sint Maarten", aliases: ["Sint Maarten (Dutch part)", "St. Maarten"], demonyms: ["Sint Maartener"], capital: "Philipsburg"),
    CountryRecord(code: "SY", name: "Syria", aliases: ["Syrian Arab Republic"], demonyms: ["Syrian"], capital: "Damascus"),
    CountryRecord(code: "SZ", name: "Eswatini", aliases: ["Swaziland", "Kingdom of Eswatini"], demonyms: ["Swazi"], capital: "Mbabane"),
    CountryRecord(code: "TC", name: "Turks and Caicos Islands", aliases: ["Turks and Caicos"], demonyms: ["Turks and Caicos Islander"], capital: "Cockburn Town"),
    CountryRecord(code: "TD", name: "Chad", aliases: ["Republic of Chad"], demonyms: ["Chadian"], capital: "N'Djamena"),
    CountryRecord(code: "TF", name: "French Southern Territories", aliases: ["French Southern and Antarctic Lands", "Kerguelen Islands"], demonyms: [], capital: ""),
    CountryRecord(code: "TG", name: "Togo", aliases: ["Togolese Republic"], demonyms: ["Togolese"], capital: "Lome"),
    CountryRecord(code: "TH", name: "Thailand", aliases: ["Kingdom of Thailand"], demonyms: ["Thai"], capital: "Bangkok"),
    CountryRecord(code: "TJ", name: "Tajikistan", aliases: ["Republic of Tajikistan"], demonyms: ["Tajik", "Tajikistani"], capital: "Dushanbe"),
    CountryRecord(code: "TK", name: "Tokelau", aliases: [], demonyms: ["Tokelauan"], capital: ""),
    CountryRecord(code: "TL", name: "East Timor", aliases: ["Timor-Leste", "Democratic Republic of Timor-Leste"], demonyms: ["Timorese", "East Timorese"], capital: "Dili"),
    CountryRecord(code: "TM", name: "Turkmenistan", aliases: [], demonyms: ["Turkmen", "Turkmenistani"], capital: "Ashgabat"),
    CountryRecord(code: "TN", name: "Tunisia", aliases: ["Republic of Tunisia"], demonyms: ["Tunisian"], capital: "Tunis"),
    CountryRecord(code: "TO", name: "Tonga", aliases: ["Kingdom of Tonga"], demonyms: ["Tongan"], capital: "Nuku'alofa"),
    CountryRecord(code: "TR", name: "Turkey", aliases: ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"], demonyms: ["Turkish", "Turk"], capital: "Ankara"),
    CountryRecord(code: "TT", name: "Trinidad and Tobago", aliases: ["Republic of Trinidad and Tobago", "Trinidad"], demonyms: ["Trinidadian", "Tobagonian"], capital: "Port of Spain"),
    CountryRecord(code: "TV", name: "Tuvalu", aliases: [], demonyms: ["Tuvaluan"], capital: "Funafuti"),
    CountryRecord(code: "TW", name: "Taiwan", aliases: ["Republic of China", "ROC", "Chinese Taipei"], demonyms: ["Taiwanese"], capital: "Taipei"),
    CountryRecord(code: "TZ", name: "Tanzania", aliases: ["United Republic of Tanzania"], demonyms: ["Tanzanian"], capital: "Dodoma"),
    CountryRecord(code: "UA", name: "Ukraine", aliases: [], demonyms: ["Ukrainian"], capital: "Kyiv"),
    CountryRecord(code: "UG", name: "Uganda", aliases: ["Republic of Uganda"], demonyms: ["Ugandan"], capital: "Kampala"),
    CountryRecord(code: "UM", name: "U.S. Minor Outlying Islands", aliases: ["United States Minor Outlying Islands", "Wake Island", "Midway Atoll", "Johnston Atoll"], demonyms: [], capital: ""),
    CountryRecord(code: "US", name: "United States", aliases: ["United States of America", "USA", "U.S.A.", "U.S.", "US", "America"], demonyms: ["American"], capital: "Washington"),
    CountryRecord(code: "UY", name: "Uruguay", aliases: ["Oriental Republic of Uruguay", "Eastern Republic of Uruguay"], demonyms: ["Uruguayan"], capital: "Montevideo"),
    CountryRecord(code: "UZ", name: "Uzbekistan", aliases: ["Republic of Uzbekistan"], demonyms: ["Uzbek", "Uzbekistani"], capital: "Tashkent"),
    CountryRecord(code: "VA", name: "Vatican City", aliases: ["Holy See", "Vatican City State"], demonyms: ["Vatican"], capital: "Vatican City"),
    CountryRecord(code: "VC", name: "Saint Vincent and the Grenadines", aliases: ["St. Vincent and the Grenadines", "St Vincent and the Grenadines", "Saint Vincent"], demonyms: ["Vincentian"], capital: "Kingstown"),
    CountryRecord(code: "VE", name: "Venezuela", aliases: ["Bolivarian Republic of Venezuela"], demonyms: ["Venezuelan"], capital: "Caracas"),
    CountryRecord(code: "VG", name: "British Virgin Islands", aliases: ["Virgin Islands, British", "BVI"], demonyms: ["British Virgin Islander"], capital: "Road Town"),
    CountryRecord(code: "VI", name: "U.S. Virgin Islands", aliases: ["United States Virgin Islands", "Virgin Islands, U.S.", "USVI"], demonyms: ["U.S. Virgin Islander"], capital: "Charlotte Amalie"),
    CountryRecord(code: "VN", name: "Vietnam", aliases: ["Viet Nam", "Socialist Republic of Vietnam"], demonyms: ["Vietnamese"], capital: "Hanoi"),
    CountryRecord(code: "VU", name: "Vanuatu", aliases: ["Republic of Vanuatu"], demonyms: ["Ni-Vanuatu", "Vanuatuan"], capital: "Port Vila"),
    CountryRecord(code: "WF", name: "Wallis and Futuna", aliases: ["Wallis and Futuna Islands"], demonyms: ["Wallisian", "Futunan"], capital: "Mata-Utu"),
    CountryRecord(code: "WS", name: "Samoa", aliases: ["Independent State of Samoa"], demonyms: ["Samoan"], capital: "Apia"),
    // XK is a user-assigned code, not part of ISO 3166-1, but widely used for Kosovo.
    CountryRecord(code: "XK", name: "Kosovo", aliases: ["Republic of Kosovo"], demonyms: ["Kosovar", "Kosovan"], capital: "Pristina"),
    CountryRecord(code: "YE", name: "Yemen", aliases: ["Republic of Yemen"], demonyms: ["Yemeni"], capital: "Sanaa"),
    CountryRecord(code: "YT", name: "Mayotte", aliases: [], demonyms: ["Mahoran"], capital: "Mamoudzou"),
    // Pretoria is the executive capital (Cape Town legislative, Bloemfontein judicial).
    CountryRecord(code: "ZA", name: "South Africa", aliases: ["Republic of South Africa", "RSA"], demonyms: ["South African"], capital: "Pretoria"),
    CountryRecord(code: "ZM", name: "Zambia", aliases: ["Republic of Zambia"], demonyms: ["Zambian"], capital: "Lusaka"),
    CountryRecord(code: "ZW", name: "Zimbabwe", aliases: ["Republic of Zimbabwe"], demonyms: ["Zimbabwean"], capital: "Harare"),
]
