#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "model.h"

namespace nnplay::cli {

// Every function here throws std::invalid_argument naming the file when it cannot be used.

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
/// Throws unless `path` names a file in an existing directory (checked before a long run).
void check_writable(const std::string& path);

nlohmann::json read_json_file(const std::string& path);
/// A model file (docs/model-format.md): the document as read and the model it describes.
struct ModelFile {
  nlohmann::json document;
  Model model;
};
ModelFile read_model_file(const std::string& path);

}  // namespace nnplay::cli
