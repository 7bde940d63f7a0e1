import FuzzSupport

/// The program's entry point, as SwiftPM names it: libFuzzer over `FuzzTargets.situation`.
@_cdecl("fuzz_situation_main")
public func mainSituation(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, target: FuzzTargets.situation)
}
