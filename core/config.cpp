#include "config.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "checked_number.h"

namespace nnplay {

namespace {
const nlohmann::json kNull;
}

ConfigReader::ConfigReader(const nlohmann::json& object, std::string path)
    : object_(object.is_null() ? nlohmann::json::object() : object), path_(std::move(path)) {
  if (!object_.is_object()) throw std::invalid_argument(path_ + " must be an object");
}

bool ConfigReader::has(const std::string& key) const { return object_.contains(key); }

const nlohmann::json* ConfigReader::find(const std::string& key) {
  read_.push_back(key);
  auto found = object_.find(key);
  return found == object_.end() || found->is_null() ? nullptr : &*found;
}

double ConfigReader::number(const std::string& key, double fallback) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_number()) throw std::invalid_argument(where(key) + " must be a number, not " + value->dump());
  const double number = value->get<double>();
  finite_float(number, where(key));
  return number;
}

int ConfigReader::integer(const std::string& key, int fallback, int low, int high) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_number()) throw std::invalid_argument(where(key) + " must be a whole number, not " + value->dump());
  return whole_number(value->get<double>(), where(key), low, high);
}

bool ConfigReader::boolean(const std::string& key, bool fallback) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) throw std::invalid_argument(where(key) + " must be true or false, not " + value->dump());
  return value->get<bool>();
}

std::string ConfigReader::text(const std::string& key, const std::string& fallback) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_string()) throw std::invalid_argument(where(key) + " must be a string, not " + value->dump());
  return value->get<std::string>();
}

std::vector<std::string> ConfigReader::texts(const std::string& key, const std::vector<std::string>& fallback) {
  const nlohmann::json* value = find(key);
  if (value == nullptr) return fallback;
  if (!value->is_array() ||
      !std::all_of(value->begin(), value->end(), [](const nlohmann::json& item) { return item.is_string(); })) {
    throw std::invalid_argument(where(key) + " must be a list of strings, not " + value->dump());
  }
  return value->get<std::vector<std::string>>();
}

const nlohmann::json& ConfigReader::value(const std::string& key) {
  const nlohmann::json* value = find(key);
  return value == nullptr ? kNull : *value;
}

ConfigReader ConfigReader::object(const std::string& key) { return ConfigReader(value(key), where(key)); }

void ConfigReader::finish() const {
  for (const auto& item : object_.items()) {
    if (std::find(read_.begin(), read_.end(), item.key()) == read_.end()) {
      throw std::invalid_argument("unknown setting " + where(item.key()));
    }
  }
}

}  // namespace nnplay
