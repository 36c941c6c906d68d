// Shim for libedit: Swift cannot call C variadic functions (el_set, history) nor use
// the C stdio globals under Swift 6, so each use is wrapped in a static inline function.
#ifndef TRANCHE_CEDITLINE_SHIM_H
#define TRANCHE_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>

static inline FILE *tranche_stdin(void) { return stdin; }
static inline FILE *tranche_stdout(void) { return stdout; }
static inline FILE *tranche_stderr(void) { return stderr; }

#endif
