#pragma once
#include <string>
#include <type_traits>

namespace nnplay {

// Every number that enters nnplay (JSON, CSV, the command line, JavaScript) arrives as a double
// and is stored as a float or an int; these are the one place where it is checked on the way in.
// `where` names it in the error: a string, or a function giving one (built only on failure).

/// Whether `value` is finite as a float: |value| ≤ FLT_MAX (≈ 3.4e38), not NaN.
bool is_finite_float(double value);
/// A number as a message shows it: the shortest text that reads back the same (4294967304, 0.1,
/// 1e+39, NaN).
std::string shown(double value);

[[noreturn]] void throw_not_finite_float(const std::string& where, double value);
[[noreturn]] void throw_not_whole_number(const std::string& where, double value, int low, int high);

/// `value` as a float. Throws std::invalid_argument "<where> must be a finite number within a
/// float's range (±3.4e38), not 1e+39" unless is_finite_float(value).
template <typename Where>
float finite_float(double value, const Where& where) {
  if (!is_finite_float(value)) {
    if constexpr (std::is_invocable_v<Where>) throw_not_finite_float(where(), value);
    else throw_not_finite_float(where, value);
  }
  return static_cast<float>(value);
}

/// `value` as an int. Throws std::invalid_argument "<where> must be a whole number, not 2.5" (or
/// NaN), or "<where> must be between <low> and <high>, not 4294967304".
template <typename Where>
int whole_number(double value, const Where& where, int low, int high) {
  if (!(value >= low && value <= high && value == static_cast<double>(static_cast<long long>(value)))) {
    if constexpr (std::is_invocable_v<Where>) throw_not_whole_number(where(), value, low, high);
    else throw_not_whole_number(where, value, low, high);
  }
  return static_cast<int>(value);
}

}  // namespace nnplay
