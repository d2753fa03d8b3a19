#pragma once
#include <exception>
#include <string>

namespace nnplay {

/// An exception as a front end reports it: an error name, a kind to branch on without reading the
/// message, and the message.
///   kind "bad-input"      std::invalid_argument: a bad configuration, model, argument or request
///   kind "divergence"     DivergenceError: training diverged (name "DivergenceError")
///   kind "out-of-memory"  std::bad_alloc, or std::length_error (a size beyond what can be allocated):
///                         "out of memory while <doing>: ..." 
///   kind "internal"       anything else: a bug in nnplay
/// The name is "NnplayError" except for divergence.
struct ErrorReport {
  const char* name;
  const char* kind;
  std::string message;
};

/// `doing` says what was being done, for the out-of-memory message ("computing the output grid").
ErrorReport describe_exception(std::exception_ptr error, const char* doing);

}  // namespace nnplay
