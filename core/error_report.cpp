#include "error_report.h"

#include <new>
#include <stdexcept>

#include "trainer.h"

namespace nnplay {

namespace {
ErrorReport out_of_memory(const char* doing) {
  return {"NnplayError", "out-of-memory",
          std::string("out of memory while ") + doing +
              ": nnplay could not get the memory it needed (a smaller network, grid or dataset needs less)"};
}
}  // namespace

ErrorReport describe_exception(std::exception_ptr error, const char* doing) {
  try {
    std::rethrow_exception(error);
  } catch (const DivergenceError& e) {
    return {"DivergenceError", "divergence", e.what()};
  } catch (const std::invalid_argument& e) {
    return {"NnplayError", "bad-input", e.what()};
  } catch (const std::bad_alloc&) {
    return out_of_memory(doing);
  } catch (const std::length_error&) {
    return out_of_memory(doing);
  } catch (const std::exception& e) {
    return {"NnplayError", "internal", std::string("internal error in nnplay: ") + e.what()};
  } catch (...) {
    return {"NnplayError", "internal", "internal error in nnplay"};
  }
}

}  // namespace nnplay
