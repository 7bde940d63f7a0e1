import FuzzDriver
import FuzzSupport

/// libFuzzer's entry point: see `FuzzTargets.diff`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDiff(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzTargets.diff(FuzzInput(bytes, count))
    return 0
}

/// The program's entry point, as SwiftPM names it: runs libFuzzer over `fuzzDiff`.
@_cdecl("fuzz_diff_main")
public func mainDiff(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzDiff(bytes, count) }
}
