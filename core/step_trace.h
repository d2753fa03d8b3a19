#pragma once
#include <Eigen/Core>
#include <string>
#include <vector>

#include "loss.h"
#include "model.h"
#include "optimizer.h"

namespace nnplay {

/// One example through one gradient-descent step, with every number: the page's step-by-step view.
struct StepTrace {
  Eigen::VectorXf inputs;                      // [network inputs] after the input transform
  Eigen::VectorXf target;                      // [outputs], encoded for the head
  std::vector<Eigen::VectorXf> z, a, delta;    // per layer [units]: weighted sums, activations, ∂L/∂z
  double loss = 0;
  std::vector<Eigen::MatrixXf> weight_gradients;  // per layer [units, inputs of the layer]: ∂L/∂W
  std::vector<Eigen::VectorXf> bias_gradients;    // per layer [units]: ∂L/∂b
  std::vector<Eigen::MatrixXf> weight_changes;    // per layer [units, inputs]: what the step adds to W
  std::vector<Eigen::VectorXf> bias_changes;      // per layer [units]: ... and to b
  std::vector<Eigen::MatrixXf> weights_after;     // per layer [units, inputs]: W after the step
  std::vector<Eigen::VectorXf> biases_after;      // per layer [units]: b after the step
};

/// One minibatch's step, as training takes it: the examples' gradients summed, the mean used once.
struct BatchStepTrace {
  double loss = 0;                                // mean over the batch
  std::vector<Eigen::MatrixXf> weight_gradients;  // per layer [units, inputs of the layer]: mean ∂L/∂W
  std::vector<Eigen::VectorXf> bias_gradients;    // per layer [units]: mean ∂L/∂b
  std::vector<Eigen::MatrixXf> weight_changes;    // per layer [units, inputs]: what the step adds to W
  std::vector<Eigen::VectorXf> bias_changes;      // per layer [units]: ... and to b
  std::vector<Eigen::MatrixXf> weights_after;     // per layer [units, inputs]: W after the step
  std::vector<Eigen::VectorXf> biases_after;      // per layer [units]: b after the step
};

/// A training example under the microscope: its own step, and the step of a minibatch it is in.
struct ExampleTrace {
  int index = 0;                 // of the example in the training data
  float label = 0;               // as in the data: class index or value
  std::string loss;              // the loss's name
  StepTrace step;                // the example alone
  std::vector<int> minibatch;    // training indices of the minibatch, this example first
  BatchStepTrace minibatch_step;
};

/// Traces one raw example (label as in the data: class index or value) through `model` and one step
/// of `optimizer` on that example alone, a batch of one: the optimiser's state (momentum, Adam's
/// moments, L1's dead weights) is used but not changed, and nothing else changes either.
/// Throws std::invalid_argument for a wrong number of inputs or a value that is not finite.
StepTrace trace_step(const Model& model, const Loss& loss, const Optimizer& optimizer,
                     const Eigen::Ref<const Eigen::VectorXf>& raw, float label);

/// One step of `optimizer` on the prepared examples `batch` together, as Trainer takes a full
/// minibatch: θ ← step(θ, (1/n) Σ ∂Lᵢ/∂θ). Nothing changes, the optimiser's state is used but kept.
/// Throws std::invalid_argument for an empty batch.
BatchStepTrace trace_batch_step(const Model& model, const Loss& loss, const Optimizer& optimizer,
                                const Examples& batch);

}  // namespace nnplay
