#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dataset.h"
#include "experiment_config.h"
#include "loss_history.h"
#include "metrics.h"
#include "model.h"
#include "plane_grids.h"
#include "snapshot.h"
#include "step_trace.h"
#include "trainer.h"

namespace nnplay {

/// Losses and accuracies at one moment of training. Accuracies are NaN for regression.
struct EpochStats {
  int epoch;
  double train_loss;
  double test_loss;
  double train_accuracy;
  double test_accuracy;
};

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
  /// The mean training loss of the epochs trained so far, as seen during training: evenly spaced
  /// points of the whole run in bounded memory (loss_history.h).
  const LossHistory& history() const { return history_; }
  EpochStats evaluate();
  Metrics metrics(bool on_test);
  int epoch() const { return trainer_.epoch(); }
  /// Back to the initial weights of this experiment, epoch 0, data unchanged.
  void reset();

  /// New data from the same generator with another seed; the network and its training go on.
  void regenerate_data(int seed);
  /// Replaces the data with `dataset` (the `dataset` object of docs/config.md): the network, its
  /// training and the epoch go on. The new data must have as many inputs as the old, and as many
  /// classes (or be regression data too); the model then names its inputs and classes as the new
  /// data does. Throws std::invalid_argument, changing nothing, when the data is bad or does not fit.
  void set_data(const nlohmann::json& dataset);
  void set_learning_rate(float rate);
  void set_regularization(const std::string& kind, float rate);
  void set_batch_size(int size);
  void set_weight(int layer, int to, int from, float value);
  void set_bias(int layer, int unit, float value);

  /// Every weight and bias as they are now (snapshot.h): the network of this epoch, kept to be
  /// looked at again later.
  Eigen::VectorXf snapshot() const { return nnplay::snapshot(model_.network); }  // [parameters]
  /// Puts the weights and biases of a snapshot of this network back (snapshot.h), and only those:
  /// the optimiser's state, the epoch and the loss history stay as they are, so looking at an
  /// earlier snapshot and then restoring the newest leaves training exactly where it was.
  void restore(const Eigen::Ref<const Eigen::VectorXf>& parameters);
  /// What training carries between epochs besides the weights (Trainer::state): with a snapshot
  /// and the epoch, what a later session of the same configuration needs to train on exactly as
  /// this one would.
  Eigen::VectorXf training_state() const { return trainer_.state(); }  // [numbers]
  /// Throws std::invalid_argument, changing nothing, for a state of another network or optimiser.
  void restore_training_state(const Eigen::Ref<const Eigen::VectorXf>& state) { trainer_.restore_state(state); }

  /// Traces one raw example (label as in the data: class index or value) through one step of this
  /// experiment's optimiser on it alone, without changing anything (step_trace.h).
  StepTrace trace(const Eigen::Ref<const Eigen::VectorXf>& raw, float label) const;
  /// Traces training example `index` alone, and the step of the minibatch of the batch size's
  /// examples from it on in the training data's order (wrapping round; all of them if fewer).
  /// Nothing changes. Throws std::invalid_argument for an index out of range.
  ExampleTrace trace_example(int index) const;

  /// The model file of docs/model-format.md, with this experiment's training settings.
  nlohmann::json save() const;

  /// For 2-D data, over a resolution² grid of [−6, 6]² (plane_grids.h): the output, every neuron's
  /// value (network inputs first, then each layer's units), or one neuron's alone. Buffers reused
  /// between calls.
  const std::vector<float>& output_grid(int resolution) { return grids_.output(model_, resolution); }
  const std::vector<float>& neuron_grids(int resolution) { return grids_.neurons(model_, resolution); }
  const std::vector<float>& neuron_grid(int resolution, int neuron) { return grids_.neuron(model_, resolution, neuron); }
  /// Each class's probability over the grid, [classes][resolution²] (plane_grids.h: a softmax or sigmoid output).
  const std::vector<float>& class_grids(int resolution) { return grids_.class_probabilities(model_, resolution); }
  /// Raw 2-D points as (x, y, label) triples; labels ±1 for two classes (the Playground's), class
  /// index for more, the value for regression.
  std::vector<float> points(bool test) const;

  /// The network as the page draws it: {"inputs", "features", "layers", "classes"} with the layers and
  /// the class names (index = class number; [] for regression) of the model file.
  nlohmann::json network_json() const;
  const nlohmann::json& config() const { return config_; }
  const Model& model() const { return model_; }
  const Dataset& train_data() const { return train_data_; }
  const Dataset& test_data() const { return test_data_; }

 private:
  explicit Experiment(ExperimentParts parts);

  nlohmann::json config_;
  Dataset train_data_, test_data_;
  Model model_;
  Trainer trainer_;
  std::vector<Layer> initial_layers_;
  Examples train_, test_;
  LossHistory history_;
  Pass evaluation_pass_;
  PlaneGrids grids_;
};

}  // namespace nnplay
