#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace nnplay {

/// The deepest nesting of objects and arrays a configuration or model file may have (they need 6).
constexpr int kMaxJsonDepth = 64;

/// Parses JSON text from outside (a configuration, a model file). Throws std::invalid_argument,
/// naming `what`, for a syntax error ("<what> is not valid JSON: parse error at line 1, column 2:
/// ..."), for a number beyond double range ("number overflow parsing '1e400'") or for nesting
/// deeper than kMaxJsonDepth, which is refused while parsing: a deeper document is never built.
nlohmann::json parse_json(const std::string& text, const std::string& what);

}  // namespace nnplay
