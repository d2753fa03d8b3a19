#pragma once
#include <Eigen/Core>
#include <string>
#include <vector>

#include "flat_state.h"
#include "network.h"

namespace nnplay {

struct OptimizerSettings {
  std::string name = "sgd";  // sgd | momentum | adam
  float learning_rate = 0.03f;
  float momentum = 0.9f;
  float beta1 = 0.9f;
  float beta2 = 0.999f;
  float epsilon = 1e-8f;
  std::string regularization = "none";  // none | L1 | L2
  float regularization_rate = 0.0f;
};

/// Throws std::invalid_argument for an unknown optimiser or regularisation, or a rate that is
/// negative or not finite.
void check_settings(const OptimizerSettings& settings);

/// Updates a network from the mean gradient of a batch.
///
/// The gradient step depends on the optimiser (g is the mean gradient, η the learning rate):
///   sgd       θ ← θ − η g
///   momentum  v ← μ v + g;  θ ← θ − η v
///   adam      m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  θ ← θ − η m̂ / (√v̂ + ε),
///             with m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ)
/// Regularisation then follows TensorFlow Playground for every optimiser: weights only (not biases),
/// w ← w − η λ R'(w_before) with R'(w) = sign(w) for L1 and w for L2; under L1 a weight that this
/// crosses over zero is set to zero and stays dead (no longer updated) until it is edited or reset.
class Optimizer {
 public:
  Optimizer(const OptimizerSettings& settings, const Network& network);

  /// One update with the mean gradient `sums · scale` (sums over a batch, scale 1 / its size).
  void step(Network& network, const Gradients& sums, float scale = 1.0f);
  const OptimizerSettings& settings() const { return settings_; }
  /// Changes rates mid-training; the optimiser's moments are kept.
  void set_learning_rate(float rate);
  void set_regularization(const std::string& kind, float rate);
  /// Brings a weight back to life after it was edited by hand.
  void revive(std::size_t layer, Eigen::Index to, Eigen::Index from);
  /// The weights L1 has killed in a layer: true where dead. [units, inputs of the layer]
  const Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>& dead(std::size_t layer) const { return dead_[layer]; }
  /// What the optimiser carries from step to step (the step count, the moments, the dead weights),
  /// written to or read from a trainer's state (Trainer::state).
  void write_state(FlatWriter& out) const;
  void read_state(FlatReader& in);

 private:
  enum class Method { sgd, momentum, adam };
  enum class Penalty { none, l1, l2 };

  void read_settings(const OptimizerSettings& settings);
  // A parameter matrix, its gradient sums and its moments, each as a flat array of its coefficients.
  using FlatParameters = Eigen::Map<Eigen::ArrayXf>;
  using FlatSums = Eigen::Map<const Eigen::ArrayXf>;
  void step_parameters(FlatParameters parameters, const FlatSums& sums, float scale, FlatParameters first,
                       FlatParameters second);
  void regularize(Eigen::MatrixXf& weights, std::size_t layer);

  OptimizerSettings settings_;
  Method method_ = Method::sgd;
  Penalty penalty_ = Penalty::none;
  int steps_ = 0;
  float first_correction_ = 1, second_correction_ = 1;  // Adam's 1 − β₁ᵗ and 1 − β₂ᵗ for this step
  // Per layer, shaped like its weights and biases: momentum's v, Adam's m (first) and v (second).
  std::vector<Eigen::MatrixXf> weight_first_, weight_second_, bias_first_, bias_second_;
  std::vector<Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>> dead_;
  std::vector<int> dead_count_;  // per layer, so layers with no dead weight skip the mask
  // Per layer, scratch shaped like its weights: η λ R'(w) from the weights before the step.
  std::vector<Eigen::MatrixXf> shrink_;
};

}  // namespace nnplay
