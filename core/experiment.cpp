#include "experiment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "config.h"
#include "csv.h"
#include "model_columns.h"
#include "model_file.h"

namespace nnplay {

using nlohmann::json;

namespace {

std::pair<Dataset, Dataset> read_data(ConfigReader dataset) {
  double train_percent = dataset.number("trainPercent", 50);
  std::pair<Dataset, Dataset> split;
  if (dataset.has("csv")) {
    const std::string label = dataset.text("label", "");
    Dataset data = parse_csv(dataset.text("csv", ""), label);
    if (dataset.has("testCsv")) {
      split = {data, parse_csv(dataset.text("testCsv", ""), label)};
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
    spec.seed = static_cast<std::uint64_t>(dataset.integer("seed", 1, 0, std::numeric_limits<int>::max()));
    split = split_dataset(generate_dataset(spec), train_percent);
  }
  dataset.finish();
  return split;
}

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
      layers.push_back({layer.get<int>(), activation});
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

ExperimentParts read_parts(const json& config) {
  ConfigReader reader(config, "config");
  auto [train, test] = read_data(reader.object("dataset"));

  Model model = reader.has("model") ? read_model(reader, train, test) : build_model(reader, train);

  OptimizerSettings optimizer = read_optimizer(reader.object("optimizer"));
  TrainingSettings training;
  training.batch_size = reader.integer("batchSize", 10, 1, 100000);
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

json parse(const std::string& text) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& error) {
    throw std::invalid_argument(std::string("the configuration is not valid JSON: ") + error.what());
  }
}

}  // namespace

Experiment::Experiment(const std::string& config_text) : Experiment(parse(config_text)) {}

Experiment::Experiment(const json& config)
    : Experiment(read_parts(config)) {}

Experiment::Experiment(ExperimentParts parts)
    : config_(std::move(parts.config)),
      train_data_(std::move(parts.train)),
      test_data_(std::move(parts.test)),
      model_(std::move(parts.model)),
      trainer_(model_.network, loss(parts.loss), parts.optimizer, parts.training),
      initial_layers_(model_.network.layers()),
      train_(prepare_examples(model_, train_data_)),
      test_(prepare_examples(model_, test_data_)) {}

EpochStats Experiment::train(int epochs) {
  if (epochs < 0) throw std::invalid_argument("the number of epochs must be ≥ 0, not " + std::to_string(epochs));
  std::vector<double> losses = trainer_.train(model_.network, train_, epochs);
  history_.insert(history_.end(), losses.begin(), losses.end());
  return evaluate();
}

Metrics Experiment::metrics(bool on_test) {
  return nnplay::evaluate(model_, trainer_.loss(), on_test ? test_ : train_, evaluation_pass_);
}

EpochStats Experiment::evaluate() {
  Metrics train = metrics(false);
  Metrics test = metrics(true);
  return {epoch(), train.loss, test.loss, train.accuracy, test.accuracy};
}

void Experiment::reset() {
  model_.network.layers() = initial_layers_;
  trainer_ = Trainer(model_.network, trainer_.loss(), trainer_.optimizer().settings(), trainer_.settings());
  history_.clear();
}

void Experiment::regenerate_data(int seed) {
  json changed = config_;
  if (changed.contains("dataset") && changed["dataset"].contains("csv")) {
    throw std::invalid_argument("data read from a CSV cannot be regenerated");
  }
  changed["dataset"]["seed"] = seed;
  auto generated = read_data(ConfigReader(changed.value("dataset", json::object()), "config.dataset"));
  Dataset train = fit_to_model(model_, generated.first, "the data");
  Dataset test = fit_to_model(model_, generated.second, "the test data");
  Examples train_examples = prepare_examples(model_, train);
  Examples test_examples = prepare_examples(model_, test);
  config_ = std::move(changed);
  train_data_ = std::move(train);
  test_data_ = std::move(test);
  train_ = std::move(train_examples);
  test_ = std::move(test_examples);
}

void Experiment::set_learning_rate(float rate) { trainer_.optimizer().set_learning_rate(rate); }

void Experiment::set_regularization(const std::string& kind, float rate) {
  trainer_.optimizer().set_regularization(kind, rate);
}

void Experiment::set_batch_size(int size) { trainer_.set_batch_size(size); }

namespace {
void check_index(const char* what, int index, Eigen::Index count) {
  if (index < 0 || index >= count) {
    throw std::invalid_argument(std::string(what) + " " + std::to_string(index) + " does not exist (0.." +
                                std::to_string(count - 1) + ")");
  }
}
void check_value(float value) {
  if (!std::isfinite(value)) throw std::invalid_argument("a weight must be a finite number");
}
}  // namespace

void Experiment::set_weight(int layer, int to, int from, float value) {
  std::vector<Layer>& layers = model_.network.layers();
  check_index("layer", layer, static_cast<Eigen::Index>(layers.size()));
  check_index("neuron", to, layers[layer].weights.rows());
  check_index("input", from, layers[layer].weights.cols());
  check_value(value);
  layers[layer].weights(to, from) = value;
  trainer_.optimizer().revive(static_cast<std::size_t>(layer), to, from);
}

void Experiment::set_bias(int layer, int unit, float value) {
  std::vector<Layer>& layers = model_.network.layers();
  check_index("layer", layer, static_cast<Eigen::Index>(layers.size()));
  check_index("neuron", unit, layers[layer].biases.size());
  check_value(value);
  layers[layer].biases(unit) = value;
}

StepTrace Experiment::trace(const Eigen::Ref<const Eigen::VectorXf>& raw, float label) const {
  if (raw.size() != train_data_.dimensions()) {
    throw std::invalid_argument("an example of this data has " + std::to_string(train_data_.dimensions()) +
                                " inputs, not " + std::to_string(raw.size()));
  }
  // The example alone: prepare_examples reads only inputs and labels, so no copy of the data.
  Dataset one;
  one.inputs = raw;
  one.labels = Eigen::VectorXf::Constant(1, label);
  Examples example = prepare_examples(model_, one);

  StepTrace trace;
  trace.inputs = example.inputs.col(0);
  trace.target = example.targets.col(0);
  Pass pass;
  const Network& network = model_.network;
  const Eigen::MatrixXf& output = network.forward(example.inputs, pass);
  pass.delta.resize(pass.z.size());
  trace.loss = trainer_.loss().total(pass.z.back(), output, example.targets);
  trainer_.loss().output_delta(pass.z.back(), output, example.targets, network.head(), pass.delta.back());
  Gradients gradients = network.zero_gradients();
  network.backward(example.inputs, pass, gradients);

  // The step is taken on copies, so the optimiser's own state (momentum, Adam's moments) is used but kept.
  Network stepped = network;
  Optimizer optimizer = trainer_.optimizer();
  optimizer.step(stepped, gradients);
  for (std::size_t l = 0; l < pass.z.size(); ++l) {
    trace.z.push_back(pass.z[l].col(0));
    trace.a.push_back(pass.a[l].col(0));
    trace.delta.push_back(pass.delta[l].col(0));
    trace.weight_changes.push_back(stepped.layers()[l].weights - network.layers()[l].weights);
    trace.bias_changes.push_back(stepped.layers()[l].biases - network.layers()[l].biases);
  }
  trace.weight_gradients = std::move(gradients.weights);
  trace.bias_gradients = std::move(gradients.biases);
  return trace;
}

json Experiment::save() const {
  const OptimizerSettings& optimizer = trainer_.optimizer().settings();
  json training = {{"epoch", epoch()},
                   {"loss", trainer_.loss().name},
                   {"batchSize", trainer_.settings().batch_size},
                   {"optimizer",
                    {{"name", optimizer.name},
                     {"learningRate", optimizer.learning_rate},
                     {"regularization", optimizer.regularization},
                     {"regularizationRate", optimizer.regularization_rate}}},
                   {"config", config_}};
  // The data of a CSV experiment can be large and private: keep where it came from, not the rows.
  if (training["config"].contains("dataset")) {
    for (const char* key : {"csv", "testCsv"}) training["config"]["dataset"].erase(key);
  }
  training["config"].erase("model");
  return model_to_json(model_, training);
}

void Experiment::fill_grid_inputs(int resolution) {
  if (train_data_.dimensions() != 2) throw std::invalid_argument("a grid needs 2-D data");
  if (resolution < 2 || resolution > 1000) {
    throw std::invalid_argument("the grid resolution must be 2 to 1000, not " + std::to_string(resolution));
  }
  if (resolution != grid_resolution_) {
    grid_resolution_ = resolution;
    Eigen::MatrixXf raw(2, resolution * resolution);
    const float step = 2 * kGridExtent / static_cast<float>(resolution - 1);
    for (int row = 0; row < resolution; ++row) {
      for (int col = 0; col < resolution; ++col) {
        raw(0, row * resolution + col) = -kGridExtent + step * static_cast<float>(col);
        raw(1, row * resolution + col) = kGridExtent - step * static_cast<float>(row);
      }
    }
    Eigen::MatrixXf inputs;
    model_.transform.apply(raw, inputs);
    grid_inputs_ = inputs.transpose();
  }
  model_.network.forward_by_rows(grid_inputs_, grid_pass_);
}

const std::vector<float>& Experiment::output_grid(int resolution) {
  fill_grid_inputs(resolution);
  const Eigen::MatrixXf& output = grid_pass_.a.back();  // [cells, outputs]
  output_grid_.resize(static_cast<std::size_t>(output.rows()));
  const bool sigmoid = model_.network.head().name == "sigmoid";
  for (Eigen::Index i = 0; i < output.rows(); ++i) {
    float value;
    if (model_.classes == 0) {
      value = model_.target_mean + model_.target_scale * output(i, 0);
    } else if (output.cols() > 2) {
      Eigen::Index best;
      output.row(i).maxCoeff(&best);
      value = static_cast<float>(best);
    } else if (output.cols() == 2) {
      value = 2 * output(i, 1) - 1;
    } else {
      value = sigmoid ? 2 * output(i, 0) - 1 : output(i, 0);
    }
    output_grid_[static_cast<std::size_t>(i)] = value;
  }
  return output_grid_;
}

const std::vector<float>& Experiment::neuron_grids(int resolution) {
  fill_grid_inputs(resolution);
  // Each [cells, units] matrix is its units' grids one after another.
  std::size_t size = static_cast<std::size_t>(grid_inputs_.size());
  for (const Eigen::MatrixXf& a : grid_pass_.a) size += static_cast<std::size_t>(a.size());
  neuron_grids_.resize(size);
  float* out = neuron_grids_.data();
  out = std::copy_n(grid_inputs_.data(), grid_inputs_.size(), out);
  for (const Eigen::MatrixXf& a : grid_pass_.a) out = std::copy_n(a.data(), a.size(), out);
  return neuron_grids_;
}

std::vector<float> Experiment::points(bool test) const {
  const Dataset& data = test ? test_data_ : train_data_;
  if (data.dimensions() != 2) throw std::invalid_argument("points are drawn for 2-D data only");
  std::vector<float> triples;
  triples.reserve(static_cast<std::size_t>(data.size() * 3));
  for (Eigen::Index i = 0; i < data.size(); ++i) {
    float label = data.labels(i);
    if (data.classes == 2) label = label == 1 ? 1.0f : -1.0f;
    triples.insert(triples.end(), {data.inputs(0, i), data.inputs(1, i), label});
  }
  return triples;
}

json Experiment::network_json() const {
  json layers = json::array();
  for (std::size_t l = 0; l < model_.network.layers().size(); ++l) {
    const Layer& layer = model_.network.layers()[l];
    json weights = json::array();
    for (Eigen::Index to = 0; to < layer.weights.rows(); ++to) {
      json row = json::array();
      for (Eigen::Index from = 0; from < layer.weights.cols(); ++from) row.push_back(layer.weights(to, from));
      weights.push_back(row);
    }
    json biases = json::array();
    for (Eigen::Index unit = 0; unit < layer.biases.size(); ++unit) biases.push_back(layer.biases(unit));
    json entry = {{"activation", layer.activation->name}, {"weights", weights}, {"biases", biases}};
    if (l < model_.neuron_names.size() && !model_.neuron_names[l].empty()) entry["names"] = model_.neuron_names[l];
    layers.push_back(entry);
  }
  json features = model_.transform.features;
  return {{"inputs", model_.network.spec().inputs}, {"features", features}, {"layers", layers}};
}

}  // namespace nnplay
