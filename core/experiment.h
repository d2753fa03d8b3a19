#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dataset.h"
#include "metrics.h"
#include "model.h"
#include "trainer.h"

namespace nnplay {

/// What an Experiment is built from, once its configuration has been read and checked.
struct ExperimentParts {
  nlohmann::json config;
  Dataset train, test;
  Model model;
  OptimizerSettings optimizer;
  TrainingSettings training;
  std::string loss;
};

/// Losses and accuracies at one moment of training. Accuracies are NaN for regression.
struct EpochStats {
  int epoch;
  double train_loss;
  double test_loss;
  double train_accuracy;
  double test_accuracy;
};

/// One example through one gradient-descent step, with every number: the page's step-by-step view.
struct StepTrace {
  Eigen::VectorXf inputs;                      // [network inputs] after the input transform
  Eigen::VectorXf target;                      // [outputs], encoded for the head
  std::vector<Eigen::VectorXf> z, a, delta;    // per layer [units]: weighted sums, activations, ∂L/∂z
  double loss = 0;
  std::vector<Eigen::MatrixXf> weight_gradients;  // per layer [units, inputs of the layer]: ∂L/∂W
  std::vector<Eigen::VectorXf> bias_gradients;    // per layer [units]: ∂L/∂b
  std::vector<Eigen::MatrixXf> weight_changes;    // what a step on this example alone would add to W
  std::vector<Eigen::VectorXf> bias_changes;      // ... and to b
};

/// The half-width of the square [−6, 6]² over which 2-D inputs are drawn (the Playground's domain).
constexpr float kGridExtent = 6.0f;

/// One experiment as the page and the CLI run it: data split into train and test, a model, a
/// trainer. Built from the JSON configuration of docs/config.md; everything it is given is checked
/// before anything changes, and a bad value throws std::invalid_argument naming it.
class Experiment {
 public:
  explicit Experiment(const nlohmann::json& config);
  /// Parses `config_text` first; a JSON syntax error is reported with its position.
  explicit Experiment(const std::string& config_text);

  /// Trains `epochs` epochs and returns the stats after the last one. Throws DivergenceError.
  EpochStats train(int epochs);
  /// The mean training loss of each epoch trained so far, as seen during training.
  const std::vector<double>& history() const { return history_; }
  EpochStats evaluate();
  Metrics metrics(bool on_test);
  int epoch() const { return trainer_.epoch(); }
  /// Back to the initial weights of this experiment, epoch 0, data unchanged.
  void reset();

  /// New data from the same generator with another seed; the network and its training go on.
  void regenerate_data(int seed);
  void set_learning_rate(float rate);
  void set_regularization(const std::string& kind, float rate);
  void set_batch_size(int size);
  void set_weight(int layer, int to, int from, float value);
  void set_bias(int layer, int unit, float value);

  /// Traces one raw example (label as in the data: class index or value) without changing anything.
  StepTrace trace(const Eigen::Ref<const Eigen::VectorXf>& raw, float label) const;

  /// The model file of docs/model-format.md, with this experiment's training settings.
  nlohmann::json save() const;

  /// For 2-D data: the first output over a resolution² grid of [−6, 6]², row 0 at y = +6, in a
  /// buffer reused between calls. Softmax heads give the probability of class 1 for two classes,
  /// else the index of the most likely class. [resolution, resolution] row-major.
  const std::vector<float>& output_grid(int resolution);
  /// Every neuron's value over the same grid: network inputs first, then each layer's units.
  /// [neurons][resolution × resolution].
  const std::vector<float>& neuron_grids(int resolution);
  /// Raw 2-D points as (x, y, label) triples; labels ±1 for two classes (the Playground's), class
  /// index for more, the value for regression.
  std::vector<float> points(bool test) const;

  /// The network's layers and weights as JSON (see docs/config.md).
  nlohmann::json network_json() const;
  const nlohmann::json& config() const { return config_; }
  const Model& model() const { return model_; }
  const Dataset& train_data() const { return train_data_; }
  const Dataset& test_data() const { return test_data_; }

 private:
  explicit Experiment(ExperimentParts parts);
  void fill_grid_inputs(int resolution);

  nlohmann::json config_;
  Dataset train_data_, test_data_;
  Model model_;
  Trainer trainer_;
  std::vector<Layer> initial_layers_;
  Examples train_, test_;
  std::vector<double> history_;
  Pass evaluation_pass_, grid_pass_;
  int grid_resolution_ = 0;
  Eigen::MatrixXf grid_inputs_;  // [resolution², network inputs]: one grid cell per row
  std::vector<float> output_grid_, neuron_grids_;
};

}  // namespace nnplay
