// Force-included in the wasm build so Eigen uses its SSE code, which Emscripten translates to wasm
// SIMD128. Clang reports GCC 4.2, for which Eigen's SSE code picks x86 inline assembly; claiming
// GCC 6.3 selects the intrinsics versions instead.
#pragma once
#include <Eigen/src/Core/util/Macros.h>
#undef EIGEN_COMP_GNUC
#define EIGEN_COMP_GNUC 63
