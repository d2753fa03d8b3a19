#pragma once
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace nnplay {

/// "a, b, c": names as a message lists them; with `last` " or ", "a, b or c".
inline std::string join_names(const std::vector<std::string>& names, const std::string& last = ", ") {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == names.size() ? last : ", ") + names[i];
  }
  return text;
}

/// `text` in quotes for a message, cut after 40 bytes (never inside a UTF-8 character) when
/// longer: "abc…" (1234 characters). Data from a file can be megabytes long.
inline std::string quoted(const std::string& text) {
  constexpr std::size_t kLongest = 40;
  if (text.size() <= kLongest) return "\"" + text + "\"";
  std::size_t cut = kLongest;
  // UTF-8 continuation bytes are 10xxxxxx: step back to the start of a character.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::size_t characters = 0;
  for (char byte : text) characters += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  return "\"" + text.substr(0, cut) + "…\" (" + std::to_string(characters) + " characters)";
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
/// ("%g", as an ostream writes it; no iostreams, which would add a tenth to the WebAssembly module).
inline std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}


}  // namespace nnplay
