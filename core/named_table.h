#pragma once
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace nnplay {

/// The entry of `table` called `name`; otherwise std::invalid_argument listing the known names.
template <typename Entry>
const Entry& find_by_name(const std::vector<Entry>& table, const std::string& name, const std::string& what) {
  for (const Entry& entry : table) {
    if (entry.name == name) return entry;
  }
  std::string known;
  for (const Entry& entry : table) known += (known.empty() ? "" : ", ") + entry.name;
  throw std::invalid_argument("unknown " + what + " \"" + name + "\" (known: " + known + ")");
}

/// A number as a person writes it in a message: 0.5, 100, 1e+09 (std::to_string gives 0.500000).
inline std::string number_text(double value) {
  std::ostringstream text;
  text << value;
  return text.str();
}

template <typename Entry>
std::vector<std::string> names_of(const std::vector<Entry>& table) {
  std::vector<std::string> names;
  for (const Entry& entry : table) names.push_back(entry.name);
  return names;
}

}  // namespace nnplay
