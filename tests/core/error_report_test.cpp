#include <doctest/doctest.h>

#include <new>
#include <stdexcept>

#include "error_report.h"
#include "trainer.h"

using namespace nnplay;

namespace {
ErrorReport report_of(std::exception_ptr error) { return describe_exception(error, "training"); }
}  // namespace

TEST_CASE("each class of failure gets its own kind, and divergence its own name") {
  SUBCASE("bad input") {
    ErrorReport r = report_of(std::make_exception_ptr(std::invalid_argument("config.batchSize must be ...")));
    CHECK(std::string(r.kind) == "bad-input");
    CHECK(std::string(r.name) == "NnplayError");
    CHECK(r.message == "config.batchSize must be ...");
  }
  SUBCASE("divergence") {
    ErrorReport r = report_of(std::make_exception_ptr(DivergenceError("training diverged in epoch 3")));
    CHECK(std::string(r.kind) == "divergence");
    CHECK(std::string(r.name) == "DivergenceError");
    CHECK(r.message == "training diverged in epoch 3");
  }
  SUBCASE("out of memory, said in words with what was being done") {
    const char* said = "out of memory while training: nnplay could not get the memory it needed (a smaller network, "
                       "grid or dataset needs less)";
    ErrorReport r = report_of(std::make_exception_ptr(std::bad_alloc()));
    CHECK(std::string(r.kind) == "out-of-memory");
    CHECK(std::string(r.name) == "NnplayError");
    CHECK(r.message == said);
    // What the standard library throws for a size it can never allocate.
    r = report_of(std::make_exception_ptr(std::length_error("allocator<T>::allocate(size_t n) 'n' exceeds maximum")));
    CHECK(std::string(r.kind) == "out-of-memory");
    CHECK(r.message == said);
  }
  SUBCASE("anything else is an internal error") {
    ErrorReport r = report_of(std::make_exception_ptr(std::logic_error("index out of range")));
    CHECK(std::string(r.kind) == "internal");
    CHECK(r.message == "internal error in nnplay: index out of range");
    CHECK(std::string(report_of(std::make_exception_ptr(42)).kind) == "internal");
  }
}
