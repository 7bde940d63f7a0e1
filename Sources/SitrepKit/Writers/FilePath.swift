/// Paths as text, without NSString's path methods: on Linux, `deletingLastPathComponent` of a
/// one-character path ("a", as in `-o a`) stops the program.
public enum FilePath {
    /// The folder part of `path`: "Reports/osh" for "Reports/osh/edition-001.yaml", "/" for "/a",
    /// and "" for a bare file name.
    public static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }
}
