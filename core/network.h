#pragma once
#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

#include "activation.h"
#include "dense_products.h"
#include "random.h"

namespace nnplay {

// Layout used throughout: one example per column. A batch of inputs is [inputs, batch].

struct LayerSpec {
  int units;
  std::string activation;
};

/// `inputs` → hidden layers → output layer (the last entry of `layers`).
struct NetworkSpec {
  int inputs = 2;
  std::vector<LayerSpec> layers;
};

struct Layer {
  Eigen::MatrixXf weights;  // [units, inputs of the layer]; weights(to, from)
  Eigen::VectorXf biases;   // [units]
  const Activation* activation;
};

/// The values of one forward (and backward) pass, per layer: each [units, batch].
struct Pass {
  std::vector<Eigen::MatrixXf> z;      // weighted sums W·a_prev + b
  std::vector<Eigen::MatrixXf> a;      // activations f(z)
  std::vector<Eigen::MatrixXf> delta;  // ∂L/∂z; the loss fills the last one
  std::vector<Eigen::MatrixXf> weights_transposed;  // Wᵀ of each layer, scratch of the backward pass
};

/// ∂L/∂W and ∂L/∂b with the shapes of the network's layers.
struct Gradients {
  std::vector<Eigen::MatrixXf> weights;  // [units, inputs of the layer]
  std::vector<Eigen::VectorXf> biases;   // [units]
};

constexpr int kMaxHiddenLayers = 8;
constexpr int kMaxHiddenUnits = 32;
constexpr int kMaxClasses = 8;

class Network {
 public:
  /// Throws std::invalid_argument when the shape or an activation is not allowed. Weights start at 0.
  explicit Network(const NetworkSpec& spec);

  const NetworkSpec& spec() const { return spec_; }
  std::vector<Layer>& layers() { return layers_; }
  const std::vector<Layer>& layers() const { return layers_; }
  int outputs() const { return spec_.layers.back().units; }
  const Activation& head() const { return *layers_.back().activation; }

  /// Runs inputs [inputs, batch] through the network; returns the output activations [outputs, batch].
  const Eigen::MatrixXf& forward(const Eigen::Ref<const Eigen::MatrixXf>& inputs, Pass& pass) const;
  /// The same forward pass with one example per row: inputs [batch, inputs] → outputs [batch, outputs],
  /// and pass.z, pass.a [batch, units]. Each neuron's values over the batch are then one contiguous
  /// column: the layout of per-neuron heatmaps. With `layers` < all, only the first `layers` (≥ 1)
  /// layers are computed and their last activations returned.
  const Eigen::MatrixXf& forward_by_rows(const Eigen::Ref<const Eigen::MatrixXf>& inputs, Pass& pass,
                                         std::size_t layers = SIZE_MAX) const;
  /// Backpropagates pass.delta.back() (set by the loss) and adds the batch's gradients to `sums`
  /// (or, with Sums::kReplace, writes them over what `sums` holds, which saves zeroing it first).
  void backward(const Eigen::Ref<const Eigen::MatrixXf>& inputs, Pass& pass, Gradients& sums,
                Sums mode = Sums::kAdd) const;

  Gradients zero_gradients() const;
  bool all_finite() const;

 private:
  NetworkSpec spec_;
  std::vector<Layer> layers_;
};

/// "playground" (weights U(−0.5, 0.5), biases 0.1), "xavier" (U(±√(6/(in+out))), biases 0),
/// "he" (N(0, 2/in), biases 0), "zeros" (weights 0, biases 0.1: Playground's initZero).
void initialize(Network& network, const std::string& scheme, Random& random);
std::vector<std::string> initialization_names();

}  // namespace nnplay
