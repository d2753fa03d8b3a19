#include "error_report.h"

#include <new>
#include <stdexcept>

#include "trainer.h"

namespace nnplay {

ErrorReport describe_exception(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const DivergenceError& e) {
    return {"DivergenceError", "divergence", e.what()};
  } catch (const std::invalid_argument& e) {
    return {"NnplayError", "bad-input", e.what()};
  } catch (const std::bad_alloc&) {
    return {"NnplayError", "out-of-memory", "nnplay ran out of memory"};
  } catch (const std::exception& e) {
    return {"NnplayError", "internal", std::string("internal error in nnplay: ") + e.what()};
  } catch (...) {
    return {"NnplayError", "internal", "internal error in nnplay"};
  }
}

}  // namespace nnplay
