#include "checked_number.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace nnplay {

bool is_finite_float(double value) { return std::fabs(value) <= FLT_MAX; }

std::string shown(double value) {
  if (std::isnan(value)) return "NaN";
  char text[32];
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    std::snprintf(text, sizeof text, "%.0f", value);
    return text;
  }
  for (int digits = 1; digits <= 17; ++digits) {
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    if (std::strtod(text, nullptr) == value) break;
  }
  return text;
}

void throw_not_finite_float(const std::string& where, double value) {
  throw std::invalid_argument(where + " must be a finite number within a float's range (±3.4e38), not " + shown(value));
}

void throw_not_whole_number(const std::string& where, double value, int low, int high) {
  if (std::isfinite(value) && value == std::floor(value)) {
    throw std::invalid_argument(where + " must be between " + std::to_string(low) + " and " + std::to_string(high) +
                                ", not " + shown(value));
  }
  throw std::invalid_argument(where + " must be a whole number, not " + shown(value));
}

}  // namespace nnplay
