// nnplay: train, evaluate and use the playground's networks from the command line.
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "commands.h"
#include "error_report.h"
#include "trainer.h"

namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args);
};

const Command kCommands[] = {
    {"train", "train a network and save it as a model file", nnplay::cli::train_command},
    {"eval", "evaluate a model file on a dataset or a CSV file", nnplay::cli::eval_command},
    {"predict", "predict with a model file for given inputs or a CSV file", nnplay::cli::predict_command},
};

void print_help() {
  std::cout << "usage: nnplay COMMAND [options]\n\ncommands:\n";
  for (const Command& command : kCommands) {
    std::cout << "  " << command.name << std::string(10 - std::string(command.name).size(), ' ') << command.summary
              << "\n";
  }
  std::cout << "\n`nnplay COMMAND --help` describes a command's options.\n"
               "Exit status: 0 on success, 1 when training diverges, 2 for bad input.\n";
}

int run(const std::vector<std::string>& args) {
  if (args.empty()) throw std::invalid_argument("give a command: train, eval or predict (see nnplay --help)");
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_help();
    return 0;
  }
  for (const Command& command : kCommands) {
    if (args[0] == command.name) return command.run({args.begin() + 1, args.end()});
  }
  throw std::invalid_argument("unknown command \"" + args[0] + "\" (commands: train, eval, predict)");
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run({argv + 1, argv + argc});
  } catch (const nnplay::DivergenceError& error) {
    std::cerr << "nnplay: " << error.what() << "\n";
    return 1;
  } catch (const std::invalid_argument& error) {
    std::cerr << "nnplay: " << error.what() << "\n";
    return 2;
  } catch (const nlohmann::json::exception& error) {
    // A JSON document of an unexpected shape that the core did not catch first.
    std::cerr << "nnplay: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    // Out of memory said in words ("std::bad_alloc" otherwise), anything else as it is.
    const nnplay::ErrorReport report = nnplay::describe_exception(std::current_exception(), "running nnplay");
    std::cerr << "nnplay: " << (std::string(report.kind) == "out-of-memory" ? report.message : error.what()) << "\n";
    return 1;
  }
}
