extension String {
    /// What `body` gives for the string's UTF-8 bytes when they are all ASCII; nil when they are
    /// not. Rules that read short words or URLs bytewise take this path, and the `Character` path
    /// for the rest.
    @inline(__always)
    func withASCIIBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var text = self
        return text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil }
    }
}
