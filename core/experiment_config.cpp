#include "experiment_config.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "checked_number.h"
#include "csv.h"
#include "expression.h"
#include "json_text.h"
#include "named_table.h"
#include "model_columns.h"
#include "model_file.h"

namespace nnplay {

using nlohmann::json;

std::pair<Dataset, Dataset> read_data(ConfigReader dataset) {
  double train_percent = dataset.number("trainPercent", 50);
  std::pair<Dataset, Dataset> split;
  if (dataset.has("csv")) {
    const std::string label = dataset.text("label", "");
    const LabelKind kind = label_kind(dataset.text("labels", "auto"), dataset.where("labels"));
    Dataset data = parse_csv(dataset.text("csv", ""), label, kind);
    if (dataset.has("testCsv")) {
      split = {data, parse_csv(dataset.text("testCsv", ""), label, kind)};
      check_same_columns(split.first, split.second);
    } else {
      split = split_dataset(data, train_percent);
    }
  } else {
    DatasetSpec spec;
    spec.name = dataset.text("name", "circle");
    spec.points = dataset.integer("points", 0, 0, 100000);
    spec.noise = dataset.number("noise", 0);
    spec.classes = dataset.integer("classes", 3, 2, kMaxClasses);
    spec.function = dataset.text("function", spec.function);
    try {
      Expression::parse(spec.function);
    } catch (const std::invalid_argument& error) {
      throw std::invalid_argument(dataset.where("function") + " " + nnplay::quoted(spec.function) + ": " + error.what());
    }
    spec.seed = static_cast<std::uint64_t>(dataset.integer("seed", 1, 0, std::numeric_limits<int>::max()));
    split = split_dataset(generate_dataset(spec), train_percent);
  }
  dataset.finish();
  return split;
}

namespace {

std::vector<LayerSpec> read_layers(ConfigReader network, const Dataset& data) {
  const std::string activation = network.text("activation", "tanh");
  std::vector<LayerSpec> layers;
  const json& hidden = network.value("hidden");
  if (!hidden.is_null() && !hidden.is_array()) {
    throw std::invalid_argument("config.network.hidden must be a list, not " + hidden.dump());
  }
  for (const json& layer : hidden.is_null() ? json::array({4, 2}) : hidden) {
    const std::string where = "config.network.hidden[" + std::to_string(layers.size()) + "]";
    if (layer.is_number() && layer.get<double>() == std::floor(layer.get<double>())) {
      layers.push_back({whole_number(layer.get<double>(), where, -1000000, 1000000), activation});
    } else if (layer.is_object()) {
      ConfigReader spec(layer, where);
      layers.push_back({spec.integer("units", 4, -1000000, 1000000), spec.text("activation", activation)});
      spec.finish();
    } else {
      throw std::invalid_argument(where + " must be a whole number of neurons or an object such as "
                                  "{\"units\": 8, \"activation\": \"relu\"}, not " + layer.dump());
    }
  }
  std::string fallback_head = data.classes > 2 ? "softmax" : data.classes == 2 ? "tanh" : "linear";
  std::string head = network.text("output", fallback_head);
  layers.push_back({head == "softmax" ? std::max(data.classes, 2) : 1, head});
  network.finish();
  return layers;
}

OptimizerSettings read_optimizer(ConfigReader reader) {
  OptimizerSettings s;
  s.name = reader.text("name", s.name);
  s.learning_rate = static_cast<float>(reader.number("learningRate", s.learning_rate));
  s.momentum = static_cast<float>(reader.number("momentum", s.momentum));
  s.beta1 = static_cast<float>(reader.number("beta1", s.beta1));
  s.beta2 = static_cast<float>(reader.number("beta2", s.beta2));
  s.epsilon = static_cast<float>(reader.number("epsilon", s.epsilon));
  s.regularization = reader.text("regularization", s.regularization);
  s.regularization_rate = static_cast<float>(reader.number("regularizationRate", s.regularization_rate));
  reader.finish();
  check_settings(s);
  return s;
}

Model build_model(ConfigReader& reader, const Dataset& train) {
  const bool playground_points = train.dimensions() == 2 && train.input_names == std::vector<std::string>{"x1", "x2"};
  InputTransform transform;
  transform.features = reader.texts("features", playground_points ? std::vector<std::string>{"x", "y"}
                                                                  : std::vector<std::string>{});
  const bool standardize = reader.boolean("standardize", transform.features.empty() && !playground_points);
  NetworkSpec spec{transform.network_inputs(train.dimensions()), read_layers(reader.object("network"), train)};
  Model model{transform,         Network(spec), train.classes, train.input_names, train.class_names,
              train.label_name, 0.0f,          1.0f,          {}};
  model.check_outputs();
  if (standardize) {
    model.transform.fit_standardisation(train.inputs);
    if (train.classes == 0) {
      model.target_mean = train.labels.mean();
      float deviation = std::sqrt((train.labels.array() - model.target_mean).square().mean());
      model.target_scale = deviation > 0 ? deviation : 1.0f;
    }
  }
  return model;
}

// Starts from a saved model: its architecture, input transform and weights; data fitted to it by name.
Model read_model(ConfigReader& reader, Dataset& train, Dataset& test) {
  for (const char* key : {"features", "network", "standardize"}) {
    if (reader.has(key)) {
      throw std::invalid_argument(std::string("config.") + key + " cannot be given with config.model, which fixes it");
    }
  }
  Model model = model_from_json(reader.value("model"));
  train = fit_to_model(model, train, "the data");
  test = fit_to_model(model, test, "the test data");
  return model;
}

std::string default_loss(const std::string& head) {
  if (head == "softmax") return "cross_entropy";
  if (head == "sigmoid") return "binary_cross_entropy";
  return "squared";
}

// A config of a saved model alone ({"model": ...}) draws the data the model was trained on.
json with_model_data(const json& config) {
  if (!config.is_object() || config.contains("dataset") || !config.contains("model")) return config;
  const json& model = config["model"];
  if (!model.is_object() || !model.contains("training") || !model["training"].is_object()) return config;
  const json& training = model["training"];
  if (!training.contains("config") || !training["config"].is_object() || !training["config"].contains("dataset")) {
    return config;
  }
  json completed = config;
  completed["dataset"] = training["config"]["dataset"];
  return completed;
}

}  // namespace

ExperimentParts read_experiment(const json& given) {
  if (!given.is_object()) throw std::invalid_argument("the configuration must be a JSON object, not " + given.dump());
  const json config = with_model_data(given);
  ConfigReader reader(config, "config");
  auto [train, test] = read_data(reader.object("dataset"));

  Model model = reader.has("model") ? read_model(reader, train, test) : build_model(reader, train);

  OptimizerSettings optimizer = read_optimizer(reader.object("optimizer"));
  TrainingSettings training;
  training.batch_size = reader.integer("batchSize", 10, 1, kMaxBatchSize);
  training.shuffle = reader.boolean("shuffle", true);
  training.shuffle_seed = static_cast<std::uint64_t>(reader.integer("shuffleSeed", 1, 0, std::numeric_limits<int>::max()));
  std::string loss = reader.text("loss", default_loss(model.network.head().name));
  check_loss_fits_head(nnplay::loss(loss), model.network.head());

  Random weights(static_cast<std::uint64_t>(reader.integer("weightSeed", 1, 0, std::numeric_limits<int>::max())));
  const std::string init = reader.text("init", "playground");
  if (!reader.has("model")) initialize(model.network, init, weights);
  reader.finish();
  return {config, std::move(train), std::move(test), std::move(model), optimizer, training, loss};
}

json parse_config(const std::string& text) { return parse_json(text, "the configuration"); }

}  // namespace nnplay
