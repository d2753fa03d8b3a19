// Emscripten 3.1.6 has no <mmintrin.h> (MMX), which Eigen's SSE path includes; the SSE header
// covers what Eigen uses.
#pragma once
#include <xmmintrin.h>
