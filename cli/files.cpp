#include "files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "json_text.h"
#include "model_file.h"

namespace nnplay::cli {

std::string read_file(const std::string& path) {
  if (std::filesystem::is_directory(path)) throw std::invalid_argument("cannot read " + path + ": it is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::invalid_argument("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw std::invalid_argument("cannot read " + path + ": " + std::strerror(errno));
  return text.str();
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::invalid_argument("cannot write " + path + ": " + std::strerror(errno));
  out << text;
  out.close();
  if (!out) throw std::invalid_argument("cannot write " + path + ": " + std::strerror(errno));
}

void check_writable(const std::string& path) {
  const std::filesystem::path file(path);
  const std::filesystem::path directory = file.has_parent_path() ? file.parent_path() : ".";
  if (!std::filesystem::is_directory(directory)) {
    throw std::invalid_argument("cannot write " + path + ": there is no directory " + directory.string());
  }
  if (std::filesystem::is_directory(file)) throw std::invalid_argument("cannot write " + path + ": it is a directory");
}

nlohmann::json read_json_file(const std::string& path) { return parse_json(read_file(path), path); }

ModelFile read_model_file(const std::string& path) {
  nlohmann::json document = read_json_file(path);
  try {
    Model model = model_from_json(document);
    return {std::move(document), std::move(model)};
  } catch (const std::invalid_argument& error) {
    throw std::invalid_argument(path + ": " + error.what());
  }
}

}  // namespace nnplay::cli
