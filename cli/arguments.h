#pragma once
#include <map>
#include <string>
#include <vector>

namespace nnplay::cli {

/// One option of a command: `--name VALUE`, or a switch when `value` is empty.
struct Option {
  std::string name;   // with its dashes: "--lr", "-o"
  std::string value;  // what the value is, as the help shows it ("RATE"); empty for a switch
  std::string help;
};

/// True when `args` ask for help (`--help` or `-h` anywhere).
bool wants_help(const std::vector<std::string>& args);

/// A command's help: its usage and description, then one line per option.
std::string help_text(const std::string& usage, const std::string& description, const std::vector<Option>& options);

/// The options given to one command. Accepts `--name value` and `--name=value`; the last of a
/// repeated option wins. Every bad input throws std::invalid_argument with a one-line message that
/// names the option: an unknown option, a missing value, a value that is not a number.
class Arguments {
 public:
  Arguments(const std::vector<std::string>& args, const std::vector<Option>& options);

  bool has(const std::string& name) const { return values_.count(name) > 0; }
  const std::string& text(const std::string& name) const;
  double number(const std::string& name) const;
  int integer(const std::string& name) const;
  /// A whole number of at least `low`: "--seed must be 0 or more, not -1".
  int integer(const std::string& name, int low) const;
  /// A comma-separated list; an empty value is an empty list.
  std::vector<std::string> texts(const std::string& name) const;
  std::vector<double> numbers(const std::string& name) const;
  std::vector<int> integers(const std::string& name) const;

 private:
  std::map<std::string, std::string> values_;
};

}  // namespace nnplay::cli
