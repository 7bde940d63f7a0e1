import Foundation

/// Reads input files and standard input, never more than ``InputLimits/maxInputBytes``: a regular
/// file over the limit is refused before it is read, and a stream (standard input, a pipe, a
/// device) is read only until it passes the limit.
enum BoundedInput {
    /// The bytes of the file at `path`.
    /// - Throws: ``SitrepError`` naming the file when it is missing, a folder, unreadable or too large.
    static func contents(ofFile path: String, limits: InputLimits, what: String = "a file") throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SitrepError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw SitrepError("\(path): is a folder, expected \(what)") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxInputBytes {
            throw limits.tooLarge(path, size: size)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SitrepError("\(path): cannot be read (check its permissions)")
        }
        defer { try? handle.close() }
        return try read(handle, path: path, limits: limits)
    }

    /// Everything on standard input, named `-` in errors.
    static func standardInput(limits: InputLimits) throws -> Data {
        try read(FileHandle.standardInput, path: "-", limits: limits)
    }

    /// Reads `handle` to its end, or fails as soon as it has given more than the limit.
    private static func read(_ handle: FileHandle, path: String, limits: InputLimits) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw SitrepError("\(path): cannot be read: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if data.count > limits.maxInputBytes { throw limits.tooLarge(path, size: data.count) }
        }
    }
}
