#include "json_text.h"

#include <stdexcept>

namespace nnplay {

using nlohmann::json;

json parse_json(const std::string& text, const std::string& what) {
  // depth counts the objects and arrays around the one that starts: 0 for the outermost.
  const json::parser_callback_t limit_depth = [&what](int depth, json::parse_event_t event, json&) {
    const bool opens = event == json::parse_event_t::object_start || event == json::parse_event_t::array_start;
    if (opens && depth >= kMaxJsonDepth) {
      throw std::invalid_argument(what + " nests objects and lists deeper than " + std::to_string(kMaxJsonDepth) +
                                  " levels");
    }
    return true;
  };
  try {
    return json::parse(text, limit_depth);
  } catch (const json::exception& error) {
    // A syntax error (parse_error) or a number beyond double range (out_of_range: "number overflow
    // parsing '1e400'"); error.what() is "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
    std::string message = error.what();
    const std::size_t tag_end = message.find("] ");
    if (tag_end != std::string::npos) message = message.substr(tag_end + 2);
    throw std::invalid_argument(what + " is not valid JSON: " + message);
  }
}

}  // namespace nnplay
