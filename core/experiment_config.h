#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "config.h"
#include "dataset.h"
#include "model.h"
#include "optimizer.h"
#include "trainer.h"

namespace nnplay {

/// What an Experiment is built from, once its configuration (docs/config.md) has been read and
/// checked: the data split into train and test, the model with its initial weights, the settings.
struct ExperimentParts {
  nlohmann::json config;
  Dataset train, test;
  Model model;
  OptimizerSettings optimizer;
  TrainingSettings training;
  std::string loss;
};

/// Reads a whole configuration. Throws std::invalid_argument naming the path of the first bad value.
ExperimentParts read_experiment(const nlohmann::json& config);

/// Reads `config.dataset`: generated data or CSV text, split into train and test.
std::pair<Dataset, Dataset> read_data(ConfigReader dataset);

/// Parses configuration text; a JSON syntax error becomes std::invalid_argument with its position.
nlohmann::json parse_config(const std::string& text);

}  // namespace nnplay
