/// Compares the header of two editions: number, as-of date and the fields that describe the crisis.
enum EditionComparison {
    /// One header field's change, or nothing when both editions say the same. `written` is how a
    /// sentence shows a value added or dropped.
    private static func field(
        _ key: String, _ label: String, old: DiffItem?, new: DiffItem?, compared: (String?, String?),
        shown: (String?, String?), statement: (String?, String?) -> String, written: (String?) -> String = { $0 ?? "" }
    ) -> DiffChange? {
        guard compared.0 != compared.1 else { return nil }
        let kind: DiffChangeKind = old == nil ? .added : new == nil ? .removed : .changed
        let text: String = switch kind {
        case .added: written(shown.1)
        case .removed: written(shown.0)
        case .changed: statement(shown.0, shown.1)
        }
        return DiffChange(
            category: .edition, kind: kind, key: key, label: label, old: old, new: new,
            fields: kind == .changed ? [FieldChange(field: key, old: shown.0, new: shown.1)] : [], statement: text,
            leadingFields: [key])
    }

    private static func arrow(_ old: String?, _ new: String?) -> String {
        "\(FieldChange.shown(old)) → \(FieldChange.shown(new))"
    }

    private static func text(_ key: String, _ label: String, _ old: String?, _ new: String?) -> DiffChange? {
        let blankOld = DiffNormal.isBlank(old), blankNew = DiffNormal.isBlank(new)
        return field(
            key, label, old: blankOld ? nil : .value(old!), new: blankNew ? nil : .value(new!),
            compared: (blankOld ? nil : DiffNormal.text(old!), blankNew ? nil : DiffNormal.text(new!)),
            shown: (blankOld ? nil : old, blankNew ? nil : new), statement: arrow)
    }

    private static func date(_ key: String, _ label: String, _ old: SitrepDate?, _ new: SitrepDate?) -> DiffChange? {
        field(
            key, label, old: old.map { .value($0.text) }, new: new.map { .value($0.text) }, compared: (old?.text, new?.text),
            shown: (old?.text, new?.text),
            statement: { _, _ in "\(DiffLabels.date(old, comparedWith: new)) → \(DiffLabels.date(new, comparedWith: old))" },
            written: { _ in DiffLabels.date(old ?? new, comparedWith: nil) })
    }

    private static func set(_ key: String, _ label: String, _ old: [String], _ new: [String], separator: String = ", ") -> DiffChange? {
        let before = FieldValue.set(key, old.map(DiffNormal.text), separator: separator)
        let after = FieldValue.set(key, new.map(DiffNormal.text), separator: separator)
        return field(
            key, label, old: before.shown.map(DiffItem.value), new: after.shown.map(DiffItem.value),
            compared: (before.compared, after.compared), shown: (before.shown, after.shown), statement: arrow)
    }

    private static func contact(_ contact: Contact) -> String {
        ([contact.name] + [contact.role, contact.email, contact.phone].compactMap { $0 }).joined(separator: ", ")
    }

    /// The header changes, edition number and as-of date first.
    static func changes(old: Situation, new: Situation) -> [DiffChange] {
        let exercise = { (situation: Situation) in situation.exercise == true ? "true" : "false" }
        return [
            field(
                "edition", "Edition", old: .number(old.edition), new: .number(new.edition),
                compared: (String(old.edition), String(new.edition)), shown: (String(old.edition), String(new.edition)),
                statement: arrow),
            date("as_of", "As of", old.asOf, new.asOf),
            text("id", "Crisis id", old.id, new.id),
            text("crisis", "Crisis", old.crisis, new.crisis),
            text("country", "Country", old.country.code, new.country.code),
            set("places", "Places", old.places, new.places),
            field(
                "exercise", "Exercise", old: .value(exercise(old)), new: .value(exercise(new)),
                compared: (exercise(old), exercise(new)), shown: (exercise(old), exercise(new)), statement: arrow),
            text("organisation", "Organisation", old.organisation, new.organisation),
            text("disaster_type", "Disaster type", old.disasterType?.rawValue, new.disasterType?.rawValue),
            date("next_report", "Next report", old.nextReport, new.nextReport),
            set("contacts", "Contacts", old.contacts.map(contact), new.contacts.map(contact), separator: "; "),
        ].compactMap { $0 }
    }
}
