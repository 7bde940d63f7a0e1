import Foundation

/// Opens a pseudo-terminal through the C library's `posix_openpt`, `unlockpt` and `ptsname_r`, which
/// Swift's Glibc module does not import (they need `_XOPEN_SOURCE`).
enum PseudoTerminal {
    private typealias OpenFunction = @convention(c) (Int32) -> Int32
    private typealias UnlockFunction = @convention(c) (Int32) -> Int32
    private typealias NameFunction = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    /// The master and slave descriptors of a new pseudo-terminal, or nil when there is none.
    static func open() -> (master: Int32, slave: Int32)? {
        guard let library = dlopen(nil, RTLD_NOW),
              let openSymbol = dlsym(library, "posix_openpt"), let unlockSymbol = dlsym(library, "unlockpt"),
              let nameSymbol = dlsym(library, "ptsname_r")
        else { return nil }
        let openMaster = unsafeBitCast(openSymbol, to: OpenFunction.self)
        let unlock = unsafeBitCast(unlockSymbol, to: UnlockFunction.self)
        let name = unsafeBitCast(nameSymbol, to: NameFunction.self)
        let master = openMaster(O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        var buffer = [CChar](repeating: 0, count: 256)
        guard unlock(master) == 0, name(master, &buffer, buffer.count) == 0 else {
            close(master)
            return nil
        }
        let path = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = Glibc.open(path, O_RDWR | O_NOCTTY)
        guard slave >= 0 else {
            close(master)
            return nil
        }
        return (master, slave)
    }
}
