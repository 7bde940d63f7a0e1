/// Writes a situation as canonical YAML or as JSON. The same situation always gives the same bytes,
/// and reading the output back gives the same situation.
public enum SituationWriter {
    /// The two file formats a situation is written in.
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    /// The situation as a YAML file.
    public static func yaml(_ situation: Situation) -> String {
        YAMLWriter.write(tree(situation, countObjects: false))
    }

    /// The situation as a JSON file; counts are objects (`{"text", "qualifier", "low", "high"}`).
    /// With `htmlSafe`, the JSON may be embedded in an HTML `<script>` element.
    public static func json(_ situation: Situation, htmlSafe: Bool = false) -> String {
        JSONWriter.write(tree(situation, countObjects: true), htmlSafe: htmlSafe)
    }

    /// The situation as one line of JSON (no line break), for JSON Lines.
    public static func jsonLine(_ situation: Situation) -> String {
        JSONWriter.compact(tree(situation, countObjects: true))
    }

    /// The situation in the given format.
    public static func write(_ situation: Situation, as format: Format) -> String {
        switch format {
        case .yaml: yaml(situation)
        case .json: json(situation)
        }
    }

    static func tree(_ situation: Situation, countObjects: Bool) -> EncodedValue {
        var encoder = TreeEncoder()
        encoder.userInfo[Count.objectFormKey] = countObjects
        do {
            return try encoder.encode(situation)
        } catch {
            preconditionFailure("the tree encoder does not throw: \(error)")
        }
    }
}
