import Foundation

/// What the system says a failed call's error number means ("No space left on device").
///
/// Read with `strerror_r` into a buffer of the caller's own: `strerror` may return a buffer
/// shared by every thread, and publish writes files from several threads at once.
func systemErrorText(_ code: Int32 = errno) -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    // An unknown number fails but is still said ("Unknown error -1") by most systems.
    _ = strerror_r(code, &buffer, buffer.count)
    guard buffer[0] != 0 else { return "error \(code)" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
