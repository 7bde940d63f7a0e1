#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver: parses libFuzzer's command-line options and runs `callback` on each input.
/// SwiftPM names an executable's entry point MODULE_main, so each target's entry point calls this
/// instead of relying on libFuzzer's own main().
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
