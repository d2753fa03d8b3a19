#pragma once
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace nnplay {

/// "a, b, c": names as a message lists them.
inline std::string join_names(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

template <typename Entry>
std::vector<std::string> names_of(const std::vector<Entry>& table) {
  std::vector<std::string> names;
  for (const Entry& entry : table) names.push_back(entry.name);
  return names;
}

/// The entry of `table` called `name`; otherwise std::invalid_argument listing the known names.
template <typename Entry>
const Entry& find_by_name(const std::vector<Entry>& table, const std::string& name, const std::string& what) {
  for (const Entry& entry : table) {
    if (entry.name == name) return entry;
  }
  throw std::invalid_argument("unknown " + what + " \"" + name + "\" (known: " + join_names(names_of(table)) + ")");
}

/// A number as a person writes it in a message: 0.5, 100, 1e+09 (std::to_string gives 0.500000).
inline std::string number_text(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}


}  // namespace nnplay
