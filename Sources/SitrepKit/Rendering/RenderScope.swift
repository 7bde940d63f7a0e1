import Mustache

/// One object a template can read: a dictionary of values (text, flags, numbers, nested scopes, lists).
///
/// swift-mustache renders a name nobody provides as empty text. sitrep's templates must not fail
/// silently, so the top scope of a render records every name that no scope provided, and the
/// renderer turns those into errors naming the template and the variable. For that to work every
/// scope provides all of its keys, with `false`, `""` or `[]` where there is nothing.
final class RenderScope: MustacheParent {
    private let values: [String: Any]
    private let missing: MissingNames?

    /// A nested scope.
    init(_ values: [String: Any]) {
        self.values = values
        self.missing = nil
    }

    /// The top scope of a render, which records names no scope provided.
    init(root values: [String: Any], missing: MissingNames) {
        self.values = values
        self.missing = missing
    }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        missing?.names.insert(name)
        return nil
    }
}

/// Names a template asked for that no scope provided, collected during one render.
final class MissingNames {
    var names: Set<String> = []
}
