import Foundation

/// Reads input files and standard input, never more than ``InputLimits/maxInputBytes``: a regular
/// file over the limit is refused before it is read, and a stream (standard input, a pipe, a
/// device) is read only until it passes the limit.
///
/// A stream is read only when the user named it (`extract <(curl …)`). A file that sitrep finds in
/// a folder or that a situation file names (a source's `file:`) must be a regular file: a FIFO
/// there would block the read forever, a device would be read to the limit for nothing.
enum BoundedInput {
    /// The bytes of the file at `path`.
    /// - Parameter regularFileOnly: refuse anything but a regular file (a FIFO, socket or device),
    ///   without waiting on it, for files the user did not name.
    /// - Throws: ``SitrepError`` naming the file when it is missing, a folder, unreadable or too large.
    static func contents(ofFile path: String, limits: InputLimits, what: String = "a file", regularFileOnly: Bool = false) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SitrepError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw SitrepError("\(path): is a folder, expected \(what)") }
        if regularFileOnly {
            let handle = try openRegularFile(path, what: what, limits: limits)
            defer { try? handle.close() }
            return try read(handle, path: path, limits: limits)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxInputBytes {
            throw limits.tooLarge(path, size: size)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SitrepError("\(path): cannot be read (check its permissions)")
        }
        defer { try? handle.close() }
        return try read(handle, path: path, limits: limits)
    }

    /// The file opened for reading when it is a regular file no larger than the limit. It is opened
    /// without waiting (`O_NONBLOCK`: opening a FIFO with no writer waits for one) and judged by
    /// `fstat` on what was opened, so it cannot be swapped in between.
    private static func openRegularFile(_ path: String, what: String, limits: InputLimits) throws -> FileHandle {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw SitrepError("\(path): cannot be read (check its permissions)") }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw SitrepError("\(path): is not a regular file (a pipe, socket or device), expected \(what); it was not read")
        }
        if Int(status.st_size) > limits.maxInputBytes {
            close(descriptor)
            throw limits.tooLarge(path, size: Int(status.st_size))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
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
            if data.count > limits.maxInputBytes { throw limits.tooLarge(path, size: data.count, read: true) }
        }
    }
}
