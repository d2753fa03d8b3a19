// Expression parser: any text is either refused with std::invalid_argument or parsed into a formula
// that evaluates at any x. Anything else (another exception, a sanitizer report) is a crash.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "expression.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const nnplay::Expression formula = nnplay::Expression::parse(text);
    for (double x : {-2.5, 0.0, 1.0, 1e300}) formula(x);
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
