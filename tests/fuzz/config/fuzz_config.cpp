// Configuration reader: any text is either refused with std::invalid_argument or read into the
// parts of an experiment. Anything else (another exception, a sanitizer report) is a crash.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "experiment_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    nnplay::read_experiment(nnplay::parse_config(text));
  } catch (const std::invalid_argument&) {
  }
  return 0;
}
