/// A situation read from a file, with where each of its values stands in that file.
public struct SituationDocument: Sendable {
    /// The situation.
    public let situation: Situation
    /// The file as the user named it.
    public let path: String
    /// The file's text.
    public let text: String
    /// Locations by coding path (`casualties[0].source`).
    let locations: [String: SourceLocation]

    /// Where the value at a coding path stands, or its nearest parent that has a place.
    public func location(of path: String) -> SourceLocation? {
        var path = path
        while true {
            if let location = locations[path] { return location }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return locations[""] }
            path = String(path[..<cut])
        }
    }

    /// A diagnostic about the value at a coding path.
    public func diagnostic(_ severity: Diagnostic.Severity, at path: String, _ message: String) -> Diagnostic {
        Diagnostic(file: self.path, location: location(of: path), severity: severity, message: message)
    }
}
