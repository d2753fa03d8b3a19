#include "network.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "dense_products.h"
#include "named_table.h"
#include "reshape.h"

namespace nnplay {

using Eigen::MatrixXf;

namespace {

// zᵀ = a_prevᵀ · Wᵀ + bᵀ for a_prevᵀ [batch, inputs], a column (neuron) at a time: long contiguous
// axpys, which beat a GEMM's packing and zeroing for these tall, thin matrices.
template <typename Previous>
void weighted_sums_by_rows(const Previous& previous, const Layer& layer, MatrixXf& z) {
  reshape(z, previous.rows(), layer.weights.rows());
  for (Eigen::Index unit = 0; unit < z.cols(); ++unit) {
    z.col(unit).setConstant(layer.biases(unit));
    for (Eigen::Index from = 0; from < previous.cols(); ++from) {
      z.col(unit) += layer.weights(unit, from) * previous.col(from);
    }
  }
}

void check_spec(const NetworkSpec& spec) {
  if (spec.inputs < 1) throw std::invalid_argument("a network needs at least one input");
  if (spec.layers.empty()) throw std::invalid_argument("a network needs an output layer");
  int hidden = static_cast<int>(spec.layers.size()) - 1;
  if (hidden > kMaxHiddenLayers) {
    throw std::invalid_argument("at most " + std::to_string(kMaxHiddenLayers) + " hidden layers, not " +
                                std::to_string(hidden));
  }
  for (int l = 0; l < hidden; ++l) {
    const LayerSpec& layer = spec.layers[l];
    if (layer.units < 1 || layer.units > kMaxHiddenUnits) {
      throw std::invalid_argument("hidden layer " + std::to_string(l + 1) + " has " + std::to_string(layer.units) +
                                  " neurons; it needs 1 to " + std::to_string(kMaxHiddenUnits));
    }
    if (!activation(layer.activation).elementwise) {
      throw std::invalid_argument(layer.activation + " can only be the output layer's activation");
    }
  }
  const LayerSpec& output = spec.layers.back();
  const Activation& head = activation(output.activation);
  if (!head.output) {
    throw std::invalid_argument("a " + output.activation + " output layer is not supported: the output layer is " +
                                join_names(output_activation_names(), " or "));
  }
  if (head.elementwise && output.units != 1) {
    throw std::invalid_argument("a " + output.activation + " output layer has one neuron, not " +
                                std::to_string(output.units) + " (use softmax for several classes)");
  }
  if (!head.elementwise && (output.units < 2 || output.units > kMaxClasses)) {
    throw std::invalid_argument("a softmax output layer has 2 to " + std::to_string(kMaxClasses) +
                                " neurons, not " + std::to_string(output.units));
  }
}

}  // namespace

Network::Network(const NetworkSpec& spec) : spec_(spec) {
  check_spec(spec);
  int inputs = spec.inputs;
  for (const LayerSpec& layer : spec.layers) {
    layers_.push_back({MatrixXf::Zero(layer.units, inputs), Eigen::VectorXf::Zero(layer.units),
                       &activation(layer.activation)});
    inputs = layer.units;
  }
}

const MatrixXf& Network::forward(const Eigen::Ref<const MatrixXf>& inputs, Pass& pass) const {
  std::size_t count = layers_.size();
  pass.z.resize(count);
  pass.a.resize(count);
  for (std::size_t l = 0; l < count; ++l) {
    const Layer& layer = layers_[l];
    // Shaped first, so that the assignments below never reallocate (reshape.h).
    reshape(pass.z[l], layer.weights.rows(), inputs.cols());
    reshape(pass.a[l], layer.weights.rows(), inputs.cols());
    if (l == 0) {
      weighted_sums(layer.weights, layer.biases, inputs, pass.z[l]);
    } else {
      weighted_sums(layer.weights, layer.biases, pass.a[l - 1], pass.z[l]);
    }
    layer.activation->apply(pass.z[l], pass.a[l]);
  }
  return pass.a.back();
}

const MatrixXf& Network::forward_by_rows(const Eigen::Ref<const MatrixXf>& inputs, Pass& pass,
                                         std::size_t layers) const {
  std::size_t count = std::min(layers, layers_.size());
  pass.z.resize(layers_.size());
  pass.a.resize(layers_.size());
  for (std::size_t l = 0; l < count; ++l) {
    const Layer& layer = layers_[l];
    if (l == 0) {
      weighted_sums_by_rows(inputs, layer, pass.z[l]);
    } else {
      weighted_sums_by_rows(pass.a[l - 1], layer, pass.z[l]);
    }
    reshape(pass.a[l], pass.z[l].rows(), pass.z[l].cols());
    if (layer.activation->elementwise) {
      layer.activation->apply(pass.z[l], pass.a[l]);
    } else {
      // Softmax normalises each example, which is now a row.
      MatrixXf by_columns;
      layer.activation->apply(pass.z[l].transpose(), by_columns);
      pass.a[l] = by_columns.transpose();
    }
  }
  return pass.a[count - 1];
}

void Network::backward(const Eigen::Ref<const MatrixXf>& inputs, Pass& pass, Gradients& sums, Sums mode) const {
  std::size_t count = layers_.size();
  pass.delta.resize(count);
  pass.weights_transposed.resize(count);
  for (std::size_t l = count; l-- > 0;) {
    if (l + 1 < count) {
      reshape(pass.delta[l], pass.z[l].rows(), pass.z[l].cols());
      // δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ f'(z_l)
      back_through(layers_[l + 1].weights, pass.delta[l + 1], pass.delta[l],
                   pass.weights_transposed[l + 1]);
      layers_[l].activation->backprop(pass.z[l], pass.a[l], pass.delta[l]);
    }
    // ∂L/∂W_l = δ_l a_{l−1}ᵀ, ∂L/∂b_l = Σ_batch δ_l
    if (l == 0) {
      add_gradients(pass.delta[l], inputs, sums.weights[l], sums.biases[l], mode);
    } else {
      add_gradients(pass.delta[l], pass.a[l - 1], sums.weights[l], sums.biases[l], mode);
    }
  }
}

Gradients Network::zero_gradients() const {
  Gradients gradients;
  for (const Layer& layer : layers_) {
    gradients.weights.push_back(MatrixXf::Zero(layer.weights.rows(), layer.weights.cols()));
    gradients.biases.push_back(Eigen::VectorXf::Zero(layer.biases.size()));
  }
  return gradients;
}

bool Network::all_finite() const {
  for (const Layer& layer : layers_) {
    if (!layer.weights.allFinite() || !layer.biases.allFinite()) return false;
  }
  return true;
}

void initialize(Network& network, const std::string& scheme, Random& random) {
  std::vector<std::string> known = initialization_names();
  if (std::find(known.begin(), known.end(), scheme) == known.end()) {
    throw std::invalid_argument("unknown initialization \"" + scheme + "\" (known: " + join_names(known) + ")");
  }
  for (Layer& layer : network.layers()) {
    auto fan_out = static_cast<double>(layer.weights.rows());
    auto fan_in = static_cast<double>(layer.weights.cols());
    double xavier_limit = std::sqrt(6.0 / (fan_in + fan_out));
    // Filled to, then from, so a layer's draws do not depend on Eigen's storage order.
    for (Eigen::Index to = 0; to < layer.weights.rows(); ++to) {
      for (Eigen::Index from = 0; from < layer.weights.cols(); ++from) {
        double weight;
        if (scheme == "playground") {
          weight = random.uniform() - 0.5;
        } else if (scheme == "xavier") {
          weight = random.uniform(-xavier_limit, xavier_limit);
        } else if (scheme == "he") {
          weight = random.normal(0.0, 2.0 / fan_in);
        } else {
          weight = 0.0;
        }
        layer.weights(to, from) = static_cast<float>(weight);
      }
    }
    bool playground_bias = scheme == "playground" || scheme == "zeros";
    layer.biases.setConstant(playground_bias ? 0.1f : 0.0f);
  }
}

std::vector<std::string> initialization_names() { return {"playground", "xavier", "he", "zeros"}; }

}  // namespace nnplay
