// Force-included in the wasm build so Eigen uses its SSE code, which Emscripten translates to wasm
// SIMD128. Clang reports GCC 4.2, for which Eigen's SSE code picks x86 inline assembly; claiming
// GCC 6.3 selects the intrinsics versions instead.
#pragma once
#include <Eigen/src/Core/util/Macros.h>
#undef EIGEN_COMP_GNUC
#define EIGEN_COMP_GNUC 63

// Emscripten 3.1.6 emulates four of the SSE instructions Eigen's kernels use slowly: min and max as
// a compare and a bit-select (ReLU, clamps in tanh and exp), and float-to-int conversions as a
// scalar loop (exp's exponent). WebAssembly has exact equivalents: pmin(b, a) is minps(a, b) and
// pmax(b, a) maxps(a, b), NaN and signed zeros included; trunc_sat is cvttps for every value in
// int range (exp converts only exponents of a few hundred), and nearest then trunc_sat is cvtps
// under the default rounding mode.
#include <smmintrin.h>
#define _mm_min_ps(a, b) ((__m128)wasm_f32x4_pmin((v128_t)(b), (v128_t)(a)))
#define _mm_max_ps(a, b) ((__m128)wasm_f32x4_pmax((v128_t)(b), (v128_t)(a)))
#define _mm_cvttps_epi32(a) ((__m128i)wasm_i32x4_trunc_sat_f32x4((v128_t)(a)))
#define _mm_cvtps_epi32(a) ((__m128i)wasm_i32x4_trunc_sat_f32x4(wasm_f32x4_nearest((v128_t)(a))))
