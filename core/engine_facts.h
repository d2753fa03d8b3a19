#pragma once
#include <nlohmann/json.hpp>

namespace nnplay {

/// What a front end needs to know of the engine, so it never keeps its own copy:
/// {"gridExtent": 6, "features": [{"name": "x", "formula": "x"}, ...] in the engine's order,
///  "activations": ["linear", "relu", ...]}.
nlohmann::json engine_facts();

}  // namespace nnplay
