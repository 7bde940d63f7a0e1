import FuzzSupport

/// The program's entry point, as SwiftPM names it: libFuzzer over `FuzzTargets.count`.
@_cdecl("fuzz_count_main")
public func mainCount(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, target: FuzzTargets.count)
}
