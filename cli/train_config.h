#pragma once
#include <nlohmann/json.hpp>
#include <vector>

#include "arguments.h"

namespace nnplay::cli {

/// The options of `nnplay train`.
const std::vector<Option>& train_options();

/// The Experiment configuration (docs/config.md) that train's options describe: the object of the
/// --config file, if any, with every option given beside it overriding its key. Reads the CSV and
/// model files the options name; a CSV that cannot be parsed is reported with the file's name.
nlohmann::json train_config(const Arguments& args);

/// `message` with each configuration path that a given option set ("config.batchSize") named as
/// the option ("--batch"), so an error speaks of what the user typed; paths of keys that came from
/// a --config file stay as they are written there.
std::string with_option_names(std::string message, const Arguments& args);

}  // namespace nnplay::cli
