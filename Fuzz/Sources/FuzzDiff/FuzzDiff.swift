import FuzzSupport

/// The program's entry point, as SwiftPM names it: libFuzzer over `FuzzTargets.diff`.
@_cdecl("fuzz_diff_main")
public func mainDiff(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, target: FuzzTargets.diff)
}
