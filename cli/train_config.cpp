#include "train_config.h"

#include <cctype>
#include <initializer_list>
#include <stdexcept>
#include <string>

#include "activation.h"
#include "csv.h"
#include "dataset.h"
#include "files.h"
#include "input_transform.h"
#include "loss.h"
#include "network.h"
#include "presets.h"
#include "named_table.h"
#include "report.h"

namespace nnplay::cli {

using nlohmann::json;

namespace {

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// config.<path> = value, creating the objects on the way.
void set(json& config, std::initializer_list<std::string> path, json value) {
  json* node = &config;
  std::string where = "config";
  for (auto key = path.begin(); key + 1 != path.end(); ++key) {
    where += "." + *key;
    json& child = (*node)[*key];
    if (child.is_null()) child = json::object();
    if (!child.is_object()) throw std::invalid_argument(where + " must be an object, not " + child.dump());
    node = &child;
  }
  (*node)[*(path.end() - 1)] = std::move(value);
}

void erase(json& config, const std::string& object, std::initializer_list<const char*> keys) {
  if (!config.contains(object) || !config[object].is_object()) return;
  for (const char* key : keys) config[object].erase(key);
}

bool has(const json& config, const std::string& object, const std::string& key) {
  return config.contains(object) && config[object].is_object() && config[object].contains(key);
}

// Options that set one key to their value as given.
enum class Kind { kText, kNumber, kInteger, kTexts, kIntegers };
struct Setting {
  const char* option;
  std::initializer_list<std::string> path;
  Kind kind;
};
const Setting kSettings[] = {
    {"--dataset", {"dataset", "name"}, Kind::kText},
    {"--points", {"dataset", "points"}, Kind::kInteger},
    {"--noise", {"dataset", "noise"}, Kind::kNumber},
    {"--classes", {"dataset", "classes"}, Kind::kInteger},
    {"--label", {"dataset", "label"}, Kind::kText},
    {"--train-percent", {"dataset", "trainPercent"}, Kind::kNumber},
    {"--features", {"features"}, Kind::kTexts},
    {"--layers", {"network", "hidden"}, Kind::kIntegers},
    {"--activation", {"network", "activation"}, Kind::kText},
    {"--output", {"network", "output"}, Kind::kText},
    {"--loss", {"loss"}, Kind::kText},
    {"--optimizer", {"optimizer", "name"}, Kind::kText},
    {"--lr", {"optimizer", "learningRate"}, Kind::kNumber},
    {"--regularization", {"optimizer", "regularization"}, Kind::kText},
    {"--reg-rate", {"optimizer", "regularizationRate"}, Kind::kNumber},
    {"--batch", {"batchSize"}, Kind::kInteger},
    {"--weight-seed", {"weightSeed"}, Kind::kInteger},
};

json value_of(const Arguments& args, const Setting& setting) {
  const std::string option = setting.option;
  switch (setting.kind) {
    case Kind::kNumber:
      return args.number(option);
    case Kind::kInteger:
      return args.integer(option);
    case Kind::kTexts:
      return args.texts(option);
    case Kind::kIntegers:
      return args.integers(option);
    case Kind::kText:
      break;
  }
  return args.text(option);
}

}  // namespace

std::string with_option_names(std::string message, const Arguments& args) {
  for (const Setting& setting : kSettings) {
    if (!args.has(setting.option)) continue;  // the key came from a --config file, as written there
    std::string path = "config";
    for (const std::string& key : setting.path) path += "." + key;
    for (std::size_t at = message.find(path); at != std::string::npos; at = message.find(path, at)) {
      // Whole paths only: config.dataset.name, not config.dataset.names.
      const std::size_t end = at + path.size();
      if (end < message.size() && (std::isalnum(static_cast<unsigned char>(message[end])) || message[end] == '.')) {
        at = end;
        continue;
      }
      message.replace(at, path.size(), setting.option);
      at += std::string(setting.option).size();
    }
  }
  return message;
}

namespace {

// The CSV's text, parsed once here so that an error names the file.
std::string read_csv(const std::string& path, const std::string& label) {
  std::string text = read_file(path);
  try {
    parse_csv(text, label);
  } catch (const std::invalid_argument& error) {
    throw std::invalid_argument(path + ": " + error.what());
  }
  return text;
}

void set_model(json& config, const Arguments& args, const std::string& path) {
  for (const char* option : {"--layers", "--activation", "--output", "--features"}) {
    if (args.has(option)) {
      throw std::invalid_argument(std::string(option) + " cannot be given with a model to start from, which fixes it");
    }
  }
  // The model fixes the network and its inputs: a configuration's own are overridden.
  for (const char* key : {"network", "features", "standardize"}) config.erase(key);
  config["model"] = read_model_file(path).document;
}

}  // namespace

const std::vector<Option>& train_options() {
  static const std::vector<Option> options = {
      {"--config", "FILE", "a JSON configuration (docs/config.md); options beside it override its keys"},
      {"--preset", "NAME", "one of the article's examples as the configuration: " + join_names(preset_names())},
      {"--dataset", "NAME", "a generated dataset: " + join_names(dataset_names()) + " (default circle)"},
      {"--points", "N", "examples to generate (default: the dataset's own)"},
      {"--noise", "N", "noise of the generated data, 0 to 0.5 (default 0)"},
      {"--classes", "K", "classes of spirals and blobs, 2 to 8 (default 3)"},
      {"--seed", "N", "seed of the data, the initial weights and the shuffling (default 1)"},
      {"--csv", "FILE", "data from a CSV file: a header row, numeric inputs and a label column"},
      {"--label", "NAME", "the label column of the CSV (default: the last)"},
      {"--test", "FILE", "a test set with the CSV's columns (default: a split of --csv)"},
      {"--train-percent", "P", "the share of the data to train on (default 50)"},
      {"--features", "LIST", "features of 2-D points: " + join_names(playground_feature_names()) + " (default x,y)"},
      {"--layers", "LIST", "hidden layer sizes, e.g. 8,8; \"\" for none (default 4,2)"},
      {"--activation", "NAME", "of the hidden layers: " + join_names(hidden_activation_names()) + " (default tanh)"},
      {"--output", "NAME", "of the output layer: " + join_names(output_activation_names()) + " (default: fits the data)"},
      {"--loss", "NAME", join_names(loss_names()) + " (default: fits the output)"},
      {"--optimizer", "NAME", "sgd, momentum, adam (default sgd)"},
      {"--lr", "RATE", "learning rate (default 0.03)"},
      {"--regularization", "KIND", "none, L1, L2 (default none)"},
      {"--reg-rate", "RATE", "regularization rate (default 0)"},
      {"--batch", "N", "batch size (default 10)"},
      {"--epochs", "N", "epochs to train (default 100)"},
      {"--no-shuffle", "", "keep the training order fixed, as the Playground does (default: reshuffle)"},
      {"--init", "NAME|FILE", "initial weights: " + join_names(initialization_names()) + ", or a model file *.json"},
      {"--init-model", "FILE", "start from the weights of a model file"},
      {"--weight-seed", "N", "seed of the initial weights (default: --seed)"},
      {"-o", "FILE", "save the trained model there (JSON)"},
  };
  return options;
}

json train_config(const Arguments& args) {
  json config = json::object();
  if (args.has("--config") && args.has("--preset")) throw std::invalid_argument("--config and --preset exclude each other");
  if (args.has("--preset")) config = preset_config(args.text("--preset"));
  if (args.has("--config")) {
    config = read_json_file(args.text("--config"));
    if (!config.is_object()) {
      throw std::invalid_argument(args.text("--config") + ": a configuration must be a JSON object");
    }
  }

  // Data from one source: options for one replace a configuration's for the other.
  if (args.has("--csv")) {
    for (const char* option : {"--dataset", "--points", "--noise", "--classes"}) {
      if (args.has(option)) throw std::invalid_argument(std::string(option) + " is for generated data, not --csv");
    }
    erase(config, "dataset", {"name", "points", "noise", "classes", "seed"});
  } else if (args.has("--dataset")) {
    erase(config, "dataset", {"csv", "testCsv", "label"});
  }
  for (const Setting& setting : kSettings) {
    if (args.has(setting.option)) set(config, setting.path, value_of(args, setting));
  }

  const std::string label = has(config, "dataset", "label") && config["dataset"]["label"].is_string()
                                ? config["dataset"]["label"].get<std::string>()
                                : "";
  if (args.has("--csv")) set(config, {"dataset", "csv"}, read_csv(args.text("--csv"), label));
  const bool csv = has(config, "dataset", "csv");
  if (args.has("--test")) {
    if (!csv) throw std::invalid_argument("--test needs --csv, the training data");
    set(config, {"dataset", "testCsv"}, read_csv(args.text("--test"), label));
  }
  if (args.has("--label") && !csv) throw std::invalid_argument("--label needs --csv");

  if (args.has("--seed")) {
    // Checked here: it sets three keys, and an error about any of them would not name --seed.
    const int seed = args.integer("--seed", 0);
    if (!csv) set(config, {"dataset", "seed"}, seed);
    if (!args.has("--weight-seed")) config["weightSeed"] = seed;
    config["shuffleSeed"] = seed;
  }
  if (args.has("--no-shuffle")) config["shuffle"] = false;

  if (args.has("--init") && args.has("--init-model")) {
    throw std::invalid_argument("--init and --init-model both give the initial weights: give one");
  }
  if (args.has("--init-model")) set_model(config, args, args.text("--init-model"));
  if (args.has("--init")) {
    const std::string init = args.text("--init");
    if (ends_with(init, ".json")) {
      set_model(config, args, init);
    } else {
      config["init"] = init;
      config.erase("model");
    }
  }
  return config;
}

}  // namespace nnplay::cli
