#include "experiment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "model_columns.h"
#include "model_file.h"

namespace nnplay {

using nlohmann::json;


Experiment::Experiment(const std::string& config_text) : Experiment(parse_config(config_text)) {}

Experiment::Experiment(const json& config)
    : Experiment(read_experiment(config)) {}

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
  grids_.weights_changed();
  const int first = epoch() + 1;
  const std::vector<double> losses = trainer_.train(model_.network, train_, epochs);
  for (std::size_t i = 0; i < losses.size(); ++i) history_.add(first + static_cast<int>(i), losses[i]);
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
  grids_.weights_changed();
  trainer_ = Trainer(model_.network, trainer_.loss(), trainer_.optimizer().settings(), trainer_.settings());
  history_.clear();
}

void Experiment::regenerate_data(int seed) {
  if (config_.contains("dataset") && config_["dataset"].contains("csv")) {
    throw std::invalid_argument("data read from a CSV cannot be regenerated");
  }
  json dataset = config_.value("dataset", json::object());
  dataset["seed"] = seed;
  set_data(dataset);
}

void Experiment::set_data(const json& dataset) {
  auto [train, test] = read_data(ConfigReader(dataset, "config.dataset"));
  if (train.dimensions() != static_cast<int>(model_.input_names.size())) {
    throw std::invalid_argument("the new data has " + std::to_string(train.dimensions()) + " inputs, the network " +
                                std::to_string(static_cast<int>(model_.input_names.size())));
  }
  if (train.classes != model_.classes) {
    const auto kind = [](int classes) { return classes == 0 ? std::string("numbers to predict") : std::to_string(classes) + " classes"; };
    throw std::invalid_argument("the new data has " + kind(train.classes) + ", the network " + kind(model_.classes));
  }
  Examples train_examples = prepare_examples(model_, train);
  Examples test_examples = prepare_examples(model_, test);
  config_["dataset"] = dataset;
  model_.input_names = train.input_names;
  model_.class_names = train.class_names;
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
  grids_.weights_changed();
  trainer_.optimizer().revive(static_cast<std::size_t>(layer), to, from);
}

void Experiment::set_bias(int layer, int unit, float value) {
  std::vector<Layer>& layers = model_.network.layers();
  check_index("layer", layer, static_cast<Eigen::Index>(layers.size()));
  check_index("neuron", unit, layers[layer].biases.size());
  check_value(value);
  layers[layer].biases(unit) = value;
  grids_.weights_changed();
}

void Experiment::restore(const Eigen::Ref<const Eigen::VectorXf>& parameters) {
  nnplay::restore(model_.network, parameters);
  grids_.weights_changed();
}

StepTrace Experiment::trace(const Eigen::Ref<const Eigen::VectorXf>& raw, float label) const {
  return trace_step(model_, trainer_.loss(), trainer_.optimizer(), raw, label);
}

ExampleTrace Experiment::trace_example(int index) const {
  check_index("training example", index, train_data_.size());
  ExampleTrace trace;
  trace.index = index;
  trace.label = train_data_.labels(index);
  trace.loss = trainer_.loss().name;
  trace.step = this->trace(train_data_.inputs.col(index), trace.label);
  const auto count = static_cast<int>(train_.size());
  const int size = std::min(trainer_.settings().batch_size, count);
  Examples batch;
  batch.inputs.resize(train_.inputs.rows(), size);    // [network inputs, size]
  batch.targets.resize(train_.targets.rows(), size);  // [outputs, size]
  for (int i = 0; i < size; ++i) {
    const int example = (index + i) % count;
    trace.minibatch.push_back(example);
    batch.inputs.col(i) = train_.inputs.col(example);
    batch.targets.col(i) = train_.targets.col(example);
  }
  trace.minibatch_step = trace_batch_step(model_, trainer_.loss(), trainer_.optimizer(), batch);
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
  return {{"inputs", model_.network.spec().inputs},
          {"features", model_.transform.features},
          {"layers", layers_to_json(model_)},
          {"classes", model_.class_names}};
}

}  // namespace nnplay
