#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace nnplay {

/// Reads one JSON object of a configuration, naming the path of every bad value in its error:
/// `config.optimizer.learningRate must be a number`. Keys the caller never reads are errors too
/// (`finish()`), so a misspelt key is reported instead of silently ignored.
class ConfigReader {
 public:
  ConfigReader(const nlohmann::json& object, std::string path);

  bool has(const std::string& key) const;
  double number(const std::string& key, double fallback);
  int integer(const std::string& key, int fallback, int low, int high);
  bool boolean(const std::string& key, bool fallback);
  std::string text(const std::string& key, const std::string& fallback);
  std::vector<std::string> texts(const std::string& key, const std::vector<std::string>& fallback);
  /// The raw value; marks the key as read. Null when absent.
  const nlohmann::json& value(const std::string& key);
  /// A nested object (empty when absent).
  ConfigReader object(const std::string& key);
  /// Throws for keys that were not read.
  void finish() const;
  std::string where(const std::string& key) const { return path_ + "." + key; }

 private:
  const nlohmann::json* find(const std::string& key);
  nlohmann::json object_;
  std::string path_;
  std::vector<std::string> read_;
};

}  // namespace nnplay
