#include "arguments.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace nnplay::cli {

namespace {

const Option* find_option(const std::vector<Option>& options, const std::string& name) {
  auto found = std::find_if(options.begin(), options.end(), [&](const Option& option) { return option.name == name; });
  return found == options.end() ? nullptr : &*found;
}

bool parse_number(const std::string& text, double& value) {
  if (text.empty()) return false;
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && std::isfinite(value);
}

bool parse_integer(const std::string& text, int& value) {
  double number;
  if (!parse_number(text, number) || number != std::floor(number) || number < std::numeric_limits<int>::min() ||
      number > std::numeric_limits<int>::max()) {
    return false;
  }
  value = static_cast<int>(number);
  return true;
}

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> items;
  if (text.empty()) return items;
  std::istringstream stream(text);
  for (std::string item; std::getline(stream, item, ',');) {
    std::size_t begin = item.find_first_not_of(" \t");
    items.push_back(begin == std::string::npos ? "" : item.substr(begin, item.find_last_not_of(" \t") - begin + 1));
  }
  if (text.back() == ',') items.emplace_back();
  return items;
}

}  // namespace

bool wants_help(const std::vector<std::string>& args) {
  return std::any_of(args.begin(), args.end(), [](const std::string& arg) { return arg == "--help" || arg == "-h"; });
}

std::string help_text(const std::string& usage, const std::string& description, const std::vector<Option>& options) {
  std::ostringstream text;
  text << "usage: " << usage << "\n\n" << description << "\n\noptions:\n";
  auto line = [&text](const std::string& left, const std::string& help) {
    text << left << std::string(left.size() < 26 ? 26 - left.size() : 1, ' ') << help << "\n";
  };
  for (const Option& option : options) {
    line("  " + option.name + (option.value.empty() ? "" : " " + option.value), option.help);
  }
  line("  -h, --help", "show this help");
  return text.str();
}

Arguments::Arguments(const std::vector<std::string>& args, const std::vector<Option>& options) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string name = args[i];
    std::string value;
    bool inline_value = false;
    if (name.rfind("--", 0) == 0 && name.find('=') != std::string::npos) {
      value = name.substr(name.find('=') + 1);
      name = name.substr(0, name.find('='));
      inline_value = true;
    }
    if (name.empty() || name[0] != '-') throw std::invalid_argument("unexpected argument \"" + name + "\"");
    const Option* option = find_option(options, name);
    if (option == nullptr) throw std::invalid_argument("unknown option " + name);
    if (option->value.empty()) {
      if (inline_value) throw std::invalid_argument(name + " takes no value");
    } else if (!inline_value) {
      // A value never starts with "--"; a negative number has one dash.
      if (i + 1 == args.size() || args[i + 1].rfind("--", 0) == 0) {
        throw std::invalid_argument(name + " needs a value (" + name + " " + option->value + ")");
      }
      value = args[++i];
    }
    values_[name] = value;
  }
}

const std::string& Arguments::text(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end()) throw std::invalid_argument(name + " is required");
  return found->second;
}

double Arguments::number(const std::string& name) const {
  double value;
  if (!parse_number(text(name), value)) {
    throw std::invalid_argument(name + " needs a number, not \"" + text(name) + "\"");
  }
  return value;
}

int Arguments::integer(const std::string& name) const {
  int value;
  if (!parse_integer(text(name), value)) {
    throw std::invalid_argument(name + " needs a whole number, not \"" + text(name) + "\"");
  }
  return value;
}

int Arguments::integer(const std::string& name, int low) const {
  const int value = integer(name);
  if (value < low) {
    throw std::invalid_argument(name + " must be " + std::to_string(low) + " or more, not " + std::to_string(value));
  }
  return value;
}

std::vector<std::string> Arguments::texts(const std::string& name) const { return split(text(name)); }

std::vector<double> Arguments::numbers(const std::string& name) const {
  std::vector<double> values;
  for (const std::string& item : texts(name)) {
    double value;
    if (!parse_number(item, value)) {
      throw std::invalid_argument(name + " needs comma-separated numbers; \"" + item + "\" is not a number");
    }
    values.push_back(value);
  }
  return values;
}

std::vector<int> Arguments::integers(const std::string& name) const {
  std::vector<int> values;
  for (const std::string& item : texts(name)) {
    int value;
    if (!parse_integer(item, value)) {
      throw std::invalid_argument(name + " needs comma-separated whole numbers; \"" + item + "\" is not one");
    }
    values.push_back(value);
  }
  return values;
}

}  // namespace nnplay::cli
