#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "model.h"

namespace nnplay::cli {

// Every function here throws std::invalid_argument naming the file when it cannot be used.

std::string read_file(const std::string& path);

/// A file replaced whole or not at all. The constructor creates a temporary file beside `path`
/// (so a path that cannot be written fails before a long run); commit() writes the text there and
/// renames it over `path` only once it is complete. Until then `path` keeps its old content, and
/// the temporary file is removed when the PendingFile is destroyed without a commit.
class PendingFile {
 public:
  explicit PendingFile(std::string path);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  void commit(const std::string& text);
  const std::string& path() const { return path_; }

 private:
  [[noreturn]] void fail(int error);

  std::string path_;
  std::string temporary_;
  int descriptor_ = -1;
};

nlohmann::json read_json_file(const std::string& path);
/// A model file (docs/model-format.md): the document as read and the model it describes.
struct ModelFile {
  nlohmann::json document;
  Model model;
};
ModelFile read_model_file(const std::string& path);

}  // namespace nnplay::cli
