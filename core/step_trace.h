#pragma once
#include <Eigen/Core>
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
};

/// Traces one raw example (label as in the data: class index or value) through `model` and one step
/// of `optimizer` on that example alone, a batch of one: the optimiser's state (momentum, Adam's
/// moments, L1's dead weights) is used but not changed, and nothing else changes either.
/// Throws std::invalid_argument for a wrong number of inputs or a value that is not finite.
StepTrace trace_step(const Model& model, const Loss& loss, const Optimizer& optimizer,
                     const Eigen::Ref<const Eigen::VectorXf>& raw, float label);

}  // namespace nnplay
