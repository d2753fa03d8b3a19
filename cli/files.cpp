#include "files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
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

PendingFile::PendingFile(std::string path) : path_(std::move(path)) {
  if (std::filesystem::is_directory(path_)) throw std::invalid_argument("cannot write " + path_ + ": it is a directory");
  const std::filesystem::path file(path_);
  const std::filesystem::path directory = file.has_parent_path() ? file.parent_path() : ".";
  // A hidden name beside the target: rename() within one directory replaces the target atomically.
  std::string name = (directory / ("." + file.filename().string() + ".XXXXXX")).string();
  descriptor_ = mkstemp(name.data());
  if (descriptor_ < 0) throw std::invalid_argument("cannot write " + path_ + ": " + std::strerror(errno));
  temporary_ = name;
  // mkstemp makes the file private (0600); give it the target's permissions, or the usual ones.
  struct stat existing {};
  const mode_t mask = umask(0);
  umask(mask);
  const mode_t mode = stat(path_.c_str(), &existing) == 0 ? existing.st_mode & 07777 : 0666 & ~mask;
  if (fchmod(descriptor_, mode) != 0) fail(errno);
}

PendingFile::~PendingFile() {
  if (descriptor_ >= 0) close(descriptor_);
  if (!temporary_.empty()) unlink(temporary_.c_str());
}

void PendingFile::fail(int error) {
  throw std::invalid_argument("cannot write " + path_ + ": " + std::strerror(error));
}

void PendingFile::commit(const std::string& text) {
  for (std::size_t written = 0; written < text.size();) {
    const ssize_t count = write(descriptor_, text.data() + written, text.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) fail(errno);
    written += static_cast<std::size_t>(count);
  }
  if (fsync(descriptor_) != 0) fail(errno);
  const int closed = close(descriptor_);
  descriptor_ = -1;
  if (closed != 0) fail(errno);
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) fail(errno);
  temporary_.clear();
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
