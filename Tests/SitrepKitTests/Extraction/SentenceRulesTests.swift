import XCTest
@testable import SitrepKit

/// The rules for allegations, responses, borders, aid flights and measures, on sentences that
/// read one thing and say another: a toll "claimed" is no claim, aid goes to whoever sent it, a
/// border is between the two countries named, a flight that has not arrived has not arrived.
final class SentenceRulesTests: XCTestCase {
    private func extract(_ body: String, url: String = "https://example.org/2014/05/03/floods") -> Situation {
        Extractor(options: .init(asOf: SitrepDate("2014-05-03"))).extract([Article(path: "a.txt", url: url, body: body)]).situation
    }

    /// With no publication date and no day in the URL, the edition is dated by the first full date
    /// the text gives, said in a warning; only with none at all is it today's (the fallback).
    func testAnUndatedArticleIsDatedByTheFirstFullDateInItsText() {
        func extract(_ body: String) -> ExtractionResult {
            Extractor(options: .init(fallbackAsOf: SitrepDate("2026-12-07")))
                .extract([Article(path: "a.txt", url: "https://example.org/costa-rica-floods", body: body)])
        }
        let dated = extract("Rain fell on Monday 06 July and Tuesday 07 July 2015. Floods forced 1057 people to evacuate in Costa Rica. On 9 August 2015 a review is due.")
        XCTAssertEqual(dated.situation.asOf.text, "2015-07-07")
        XCTAssertEqual(dated.situation.id, "costa-rica-2015")
        XCTAssertEqual(dated.warnings.map(\.message).filter { $0.contains("as_of") },
                       ["no publication date or day in the URL; as_of is 2015-07-07, the first full date the text gives, so check it (or pass --as-of)"])
        let undated = extract("Floods forced 1057 people to evacuate in Costa Rica on Monday 06 July.")
        XCTAssertEqual(undated.situation.asOf.text, "2026-12-07")
        XCTAssertEqual(undated.warnings.map(\.message).filter { $0.contains("as_of") },
                       ["no date found in the articles; as_of is 2026-12-07, check it (or pass --as-of)"])
    }

    /// A figure the headline and the body both give is quoted from the body, which says who gives it.
    func testAFigureInTheHeadlineAndTheBodyIsQuotedFromTheBody() {
        let body = "Heavy storms slammed eight provinces in Cambodia, leaving four people dead, according to the disaster committee. Two people were hurt in Kampot."
        let situation = Extractor(options: .init(asOf: SitrepDate("2014-05-03")))
            .extract([Article(path: "a.txt", url: "https://example.org/2014/05/03/storms", title: "Storms Kill Four People", body: body)]).situation
        XCTAssertEqual(situation.figures.map { "\($0.metric.rawValue) \($0.count.text) \($0.quote ?? "-")" }, [
            "killed four \(body.prefix { $0 != "." }).", "injured two Two people were hurt in Kampot.",
        ])
    }

    /// "The floods have claimed 45 lives" reports deaths; it alleges nothing.
    func testALifeClaimedIsATollNotAnAllegation() {
        let situation = extract("""
            Floods hit Pakistan. The floods have claimed 45 lives in Sindh. \
            In Pakistan monsoon rains claimed more than 80 lives, local media reported. \
            Floods from days of torrential rain have now claimed at least 180 lives in India with one million people sheltering in relief camps, officials said. \
            The landslide claimed the lives of 12 villagers. \
            Opposition leaders claimed that the army had fired on protesters in Sindh. \
            Activists claimed soldiers had shot the victims at close range.
            """)
        XCTAssertEqual(situation.allegations.map(\.claim), ["the army had fired on protesters in Sindh", "soldiers had shot the victims at close range"])
    }

    /// "The army denied that 17 protesters were killed" reports no deaths: it states a claim, denied.
    func testWhatADenialSaysDidNotHappenIsADeniedClaimNotAFigure() {
        let situation = extract("""
            Clashes broke out in Sudan. The army denied that 17 protesters were killed in Damazin, saying only three had died.             Police rejected reports that 40 people were missing. \
            The governor dismissed claims that the army had fired on the crowd. \
            Rebels said 30 civilians were killed in Kurmuk, a claim the government denied.
            """)
        XCTAssertEqual(situation.figures.map { "\($0.metric.rawValue) \($0.count.text)" }, ["killed three"])
        XCTAssertEqual(situation.allegations.map { "\($0.claim) | \($0.status.rawValue) | \($0.deniedBy ?? "-")" },
                       ["17 protesters were killed in Damazin | denied | army", "40 people were missing | denied | Police",
                        "the army had fired on the crowd | denied | governor",
                        "30 civilians were killed in Kurmuk | denied | government"])
        XCTAssertEqual(situation.allegations.last?.allegedBy, "Rebels")
    }

    /// Aid is sent by the actor nearest before the verb in its clause, not the first country in the
    /// sentence nor the speaker's, and never by the affected country to itself.
    func testAidIsSentByTheActorRightBeforeTheVerb() {
        func responses(_ body: String) -> [String] {
            extract(body).responses.map { "\($0.actor.name) \($0.kind.rawValue) \($0.target?.name ?? "-")" }
        }
        XCTAssertEqual(responses("Clashes hit Osh in Kyrgyzstan. Russia and China appealed for calm, while the US sent aid."), [
            "Russia appeal_for_calm -", "China appeal_for_calm -", "United States aid_sent Kyrgyzstan",
        ])
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. Haitian President Rene Preval said the United States had sent aid."), [
            "United States aid_sent Haiti",
        ])
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. Cuban doctors treated the injured while Brazil sent food."), [
            "Brazil aid_sent Haiti",
        ])
        XCTAssertEqual(responses("Clashes hit Osh in Kyrgyzstan. Kyrgyzstan thanked Russia, which sent aid on Sunday."), ["Russia aid_sent Kyrgyzstan"])
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. Britain pledged $2 million in aid to Haiti. France promised 10 million euros for relief."), [
            "United Kingdom aid_pledged Haiti", "France aid_pledged Haiti",
        ], "a sum between the verb and the aid")
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. Haiti sent aid to the south."), [], "the affected country aiding itself")
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. Venezuela said it would send aid once the United States had reopened the airport."), [
            "Venezuela aid_pledged Haiti",
        ], "aid goes to the country after 'to', else the affected one, not any country named later")
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. The United States sent relief supplies on Monday, and Obama spoke to Mexico's president."), [
            "United States aid_sent Haiti",
        ], "a country in the next clause is no target")
        XCTAssertEqual(responses("""
            An earthquake killed 300 people in Turkey. Japan pledged $5 million in emergency aid. France announced 3 million euros in \
            humanitarian aid for Turkey. Britain will send 10 tonnes of medical supplies. Germany sent a team of 70 rescuers. China \
            sent a rescue team to Turkey.
            """), [
            "Japan aid_pledged Turkey", "France aid_pledged Turkey", "United Kingdom aid_pledged Turkey", "Germany aid_sent Turkey",
            "China aid_sent Turkey",
        ], "the kind of aid, its weight and a team of rescuers between the verb and the aid")
        XCTAssertEqual(responses("""
            Cholera has killed 2,000 people in Yemen. Saudi Arabia pledged $66.7 million to fight the outbreak. The European Union \
            pledged 50 million euros. Kuwait has not pledged $5 million. Yemen's government pledged $2 million.
            """), ["Saudi Arabia aid_pledged Yemen", "European Union aid_pledged Yemen"], "a sum pledged is aid pledged")
        XCTAssertEqual(responses("""
            Fighting in Khartoum, Sudan, killed 20 people. The African Union called for an immediate ceasefire. The United Nations \
            called on all parties to cease hostilities. Sudan's army called for calm.
            """), ["African Union appeal_for_calm -", "United Nations appeal_for_calm -"], "a call to stop the fighting")
        XCTAssertEqual(responses("The earthquake in Haiti killed thousands. The BBC team said 50 were injured. Officials announced a curfew."), [],
                       "a team or an announcement with no aid sent")
        let said = extract("Clashes hit Osh in Kyrgyzstan. Cuba said American troops were heading to Kyrgyzstan. Russia said it would send aid to Kyrgyzstan.")
        XCTAssertEqual(said.responses.map { "\($0.actor.name) \($0.kind.rawValue) \($0.speaker ?? "-")" }, [
            "United States troops_sent Cuba", "Russia aid_pledged -",
        ], "a claim is the speaking country's word; a country on its own response is no other speaker")
    }

    /// A border is between the two countries the sentence names; a denied or negated closure is
    /// no status; the status is the one the sentence ends on.
    func testABorderIsBetweenTheCountriesNamedAndHasItsLatestStatus() {
        func borders(_ sentence: String, _ lead: String) -> [String] {
            extract(lead + " " + sentence).borders.map { "\($0.between.map(\.code).joined(separator: "-")) \($0.status.rawValue)" }
        }
        let syria = "Fighting in Aleppo, Syria, killed 20 people."
        let kyrgyzstan = "Clashes in Osh, Kyrgyzstan, killed 20 people."
        XCTAssertEqual(borders("Hungary closed its border with Serbia on Tuesday.", syria), ["HU-RS closed"])
        XCTAssertEqual(borders("Tajikistan denied closing its border with Kyrgyzstan.", kyrgyzstan), [])
        XCTAssertEqual(borders("Uzbekistan said the border would not be closed.", kyrgyzstan), [])
        XCTAssertEqual(borders("The border with Turkey was closed on Monday but reopened on Tuesday.", syria), ["SY-TR open"])
        XCTAssertEqual(borders("Turkey reopened the border on Tuesday after closing it on Monday.", syria + " The border with Turkey was shut."),
                       ["SY-TR closed", "TR-SY open"], "the one who reopened it first")
        XCTAssertEqual(borders("Uzbekistan has closed its border with Kyrgyzstan.", kyrgyzstan), ["UZ-KG closed"])
        XCTAssertEqual(borders("Turkey closed the border with Syria.", syria), ["TR-SY closed"])
        XCTAssertEqual(borders("The border with Turkey was closed.", syria), ["SY-TR closed"])
        // A country that only speaks, or is only where the speaker is, owns no border.
        XCTAssertEqual(borders("Russia's foreign ministry said the border with Uzbekistan had been closed.", kyrgyzstan), ["KG-UZ closed"])
        XCTAssertEqual(borders("Officials in Moscow said the border with Uzbekistan was closed.", kyrgyzstan), ["KG-UZ closed"])
        XCTAssertEqual(borders("Lebanon denied that it had closed the border with Syria.", syria), [])
    }

    /// A border let through only in part is restricted, also when the sentence names no border but
    /// the article has ("guards are letting people through one by one"); a refusal to open one
    /// keeps it closed; a named crossing is a border.
    func testABorderLetThroughInPartIsRestricted() {
        func borders(_ sentence: String, _ lead: String) -> [String] {
            extract(lead + " " + sentence).borders.map { "\($0.between.map(\.code).joined(separator: "-")) \($0.status.rawValue) \($0.detail ?? "-")" }
        }
        let syria = "Fighting in Aleppo, Syria, killed 20 people."
        let kyrgyzstan = "Clashes in Osh, Kyrgyzstan, killed 20 people."
        XCTAssertEqual(borders("Guards are letting people through one by one.", kyrgyzstan + " Thousands fled to the border with Uzbekistan."),
                       ["KG-UZ restricted letting people through one by one"])
        XCTAssertEqual(borders("Uzbek guards were letting only the wounded cross.", kyrgyzstan + " Thousands fled to the border with Uzbekistan."),
                       ["KG-UZ restricted letting only the wounded cross"])
        XCTAssertEqual(borders("The border with Turkey was closed to all but Syrians in need of urgent medical care.", syria),
                       ["SY-TR restricted closed to all but Syrians in need of urgent medical care"])
        XCTAssertEqual(borders("Turkey refuses to open its border with Syria.", syria), ["TR-SY closed -"])
        XCTAssertEqual(borders("Officials said the Bab al-Hawa crossing with Turkey was closed.", syria), ["SY-TR closed -"])
        XCTAssertEqual(borders("Turkey reopened its border with Syria on Wednesday after an 18-month closure.", syria), ["TR-SY open -"])
        XCTAssertEqual(borders("Egypt has kept its border open to those fleeing.", "Fighting in Khartoum, Sudan, killed 20 people."), ["EG-SD open -"])
        // No border named in the article, or none in the sentence and no passage through it: nothing.
        XCTAssertEqual(borders("Guards are letting people through one by one.", kyrgyzstan), [])
        XCTAssertEqual(borders("Hospitals are letting in only the wounded.", kyrgyzstan + " Thousands fled to the border with Uzbekistan."), [])
        XCTAssertEqual(borders("Only the elderly were evacuated.", kyrgyzstan + " Thousands fled to the border with Uzbekistan."), [])
        XCTAssertEqual(borders("Refugees crossing the river were shut out of the camp.", kyrgyzstan), [])
    }

    /// A flight that has not arrived has not: "not yet arrived" is still expected (planned); one
    /// that "did not land" is nothing the sentence says happened.
    func testAFlightThatHasNotArrivedIsNotArrived() {
        func flights(_ sentence: String) -> [String] {
            extract("The earthquake in Haiti killed thousands. " + sentence).aidFlights.map { "\($0.to?.code ?? "-") \($0.status.rawValue)" }
        }
        XCTAssertEqual(flights("Flights carrying aid have not yet arrived in Haiti."), ["HT planned"])
        XCTAssertEqual(flights("Planes carrying aid did not land in Haiti."), [])
        XCTAssertEqual(flights("Planes carrying aid were sent but have not landed in Haiti."), ["HT dispatched"])
        XCTAssertEqual(flights("Planes carrying aid landed in Haiti."), ["HT arrived"])
        XCTAssertEqual(flights("A plane carrying high-energy biscuits landed in Port-au-Prince."), ["HT arrived"], "food by its name")
        XCTAssertEqual(flights("A plane carrying hygiene kits and tarpaulins landed in Haiti."), ["HT arrived"])
    }

    /// A measure is one taken: not one there are no plans for, or that the opposition asks for.
    func testAMeasureNotTakenIsNoMeasure() {
        func measures(_ sentence: String) -> [String] {
            extract("The earthquake in Haiti killed thousands. " + sentence).measures.map(\.kind.rawValue)
        }
        XCTAssertEqual(measures("Officials said there were no plans to declare a state of emergency."), [])
        XCTAssertEqual(measures("The opposition called on the government to declare a state of emergency."), [])
        XCTAssertEqual(measures("The government refused to impose a curfew."), [])
        XCTAssertEqual(measures("A curfew was not imposed in Port-au-Prince."), [])
        XCTAssertEqual(measures("The government declared a state of emergency."), ["state_of_emergency"])
        XCTAssertEqual(measures("A curfew was imposed in Port-au-Prince."), ["curfew"])
    }

    /// A state of emergency under another name is one, with the name as its detail; a state of
    /// siege or martial law is another measure, named in its detail.
    func testAnEmergencyUnderAnotherNameIsAMeasure() {
        func measures(_ sentence: String) -> [String] {
            MeasureRules.measures(in: ExtractionTokenizer.tokens(sentence), sentence: sentence, lastBorder: nil, affected: Country(code: "PH")!)
                .map { "\($0.kind.rawValue) \($0.detail ?? "-") \($0.place ?? "-")" }
        }
        XCTAssertEqual(measures("The government declared a state of calamity in Bohol."), ["state_of_emergency state of calamity Bohol"])
        XCTAssertEqual(measures("The president declared a state of public calamity on Friday."), ["state_of_emergency state of public calamity -"])
        XCTAssertEqual(measures("The president declared a state of national emergency."), ["state_of_emergency - -"])
        XCTAssertEqual(measures("The army imposed a state of siege in Mindanao."), ["other state of siege Mindanao"])
        XCTAssertEqual(measures("Martial law was declared in Mindanao."), ["other martial law Mindanao"])
        XCTAssertEqual(measures("Officials said there were no plans to declare martial law."), [])
        XCTAssertEqual(measures("Residents lived under martial law for a decade."), [], "no verb of a measure taken")
    }

    /// A measure is the affected government's: another country's, named before its verb, is none
    /// of the crisis's (a measure cannot say whose it is).
    func testAnotherCountrysMeasureIsNotTheAffectedCountrys() {
        func measures(_ sentence: String, _ affected: String) -> [String] {
            MeasureRules.measures(in: ExtractionTokenizer.tokens(sentence), sentence: sentence, lastBorder: nil, affected: Country(code: affected)!)
                .map { "\($0.kind.rawValue) \($0.place ?? "-")" }
        }
        XCTAssertEqual(measures("Venezuela declared a state of emergency after floods in the state of Apure.", "CR"), [])
        XCTAssertEqual(measures("Uzbekistan imposed a curfew in Andijan on Sunday.", "KG"), [])
        XCTAssertEqual(measures("Uzbek authorities imposed a curfew in Andijan on Sunday.", "KG"), [])
        XCTAssertEqual(measures("Kyrgyzstan imposed a curfew in Osh on Sunday.", "KG"), ["curfew Osh"])
        XCTAssertEqual(measures("The Kyrgyz government imposed a curfew in Osh on Sunday.", "KG"), ["curfew Osh"])
        XCTAssertEqual(measures("A curfew was imposed in Osh on Sunday.", "KG"), ["curfew Osh"])
        XCTAssertEqual(measures("A state of emergency was recently declared after floods in the state of Apure, Venezuela.", "CR"), [],
                       "only another country is named")
        XCTAssertEqual(measures("A curfew was imposed in Osh, Kyrgyzstan, after Uzbekistan closed the border.", "KG"), ["curfew Osh"])
        // The affected government's own measures, beside other countries named for other reasons.
        XCTAssertEqual(measures("As Russian troops guarded the airbase, the government extended the curfew in Osh.", "KG"), ["curfew Osh"])
        XCTAssertEqual(measures("After talks with Russia the interim government declared a state of emergency in the south.", "KG"), ["state_of_emergency -"])
        XCTAssertEqual(measures("The government declared a state of emergency as US troops began arriving.", "HT"), ["state_of_emergency -"])
        XCTAssertEqual(measures("The government on May 14 imposed a curfew in Jalal-Abad.", "KG"), ["curfew Jalal-Abad"])
        XCTAssertEqual(measures("Interim leader Roza Otunbayeva asked Russia for troops and declared a state of emergency in Osh.", "KG"),
                       ["state_of_emergency Osh"])
        XCTAssertEqual(measures("Under its contingency plan the government declared a state of emergency in the south.", "KG"), ["state_of_emergency -"])
    }

    /// A consultation is a government's: the media or experts of a country discussing a crisis are not.
    func testMediaDiscussingIsNoConsultation() {
        func responses(_ sentence: String) -> [String] {
            extract("Clashes in Osh, Kyrgyzstan, killed 20 people. " + sentence).responses.map { "\($0.actor.name) \($0.kind.rawValue)" }
        }
        XCTAssertEqual(responses("Russian media discussed the violence in Osh at length."), [])
        XCTAssertEqual(responses("Russian experts discussed the violence in Osh."), [])
        XCTAssertEqual(responses("Russia consulted its allies on the violence in Osh."), ["Russia consultation"])
    }
}
