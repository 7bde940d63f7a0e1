/// How reports and diffs word a kind of response, in one place so the two always agree.
extension ResponseKind {
    /// The kind as a report's label: "Sent aid", "Appealed for calm", "Consultation".
    public var label: String {
        switch self {
        case .troopsRequested: "Requested troops"
        case .troopsSent: "Sent troops"
        case .troopsDeclined: "Declined to send troops"
        case .aidPledged: "Pledged aid"
        case .aidSent: "Sent aid"
        case .appealForCalm: "Appealed for calm"
        case .consultation: "Consultation"
        case .evacuation: "Evacuation"
        case .sanctions: "Sanctions"
        case .statement: "Statement"
        case .other: "Other"
        }
    }

    /// The kind as the verb of a sentence whose subject is the actor: "sent aid", "held consultations".
    public var clause: String {
        switch self {
        case .troopsRequested: "requested troops"
        case .troopsSent: "sent troops"
        case .troopsDeclined: "declined to send troops"
        case .aidPledged: "pledged aid"
        case .aidSent: "sent aid"
        case .appealForCalm: "appealed for calm"
        case .consultation: "held consultations"
        case .evacuation: "evacuated people"
        case .sanctions: "imposed sanctions"
        case .statement: "made a statement"
        case .other: "responded"
        }
    }

    /// The word before the target: troops are requested *from* a country, calm appealed for *in*
    /// it, consultations held *with* it, sanctions imposed *on* it, aid sent *to* it.
    public var targetPreposition: String {
        switch self {
        case .troopsRequested, .evacuation: "from"
        case .appealForCalm: "in"
        case .consultation: "with"
        case .sanctions, .statement: "on"
        case .troopsSent, .troopsDeclined, .aidPledged, .aidSent, .other: "to"
        }
    }
}
