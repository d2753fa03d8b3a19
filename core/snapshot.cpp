#include "snapshot.h"

#include <stdexcept>
#include <string>

namespace nnplay {

namespace {
Eigen::Index parameter_count(const Network& network) {
  Eigen::Index count = 0;
  for (const Layer& layer : network.layers()) count += layer.weights.size() + layer.biases.size();
  return count;
}
}  // namespace

Eigen::VectorXf snapshot(const Network& network) {
  Eigen::VectorXf parameters(parameter_count(network));
  Eigen::Index at = 0;
  for (const Layer& layer : network.layers()) {
    parameters.segment(at, layer.weights.size()) = layer.weights.reshaped();
    at += layer.weights.size();
    parameters.segment(at, layer.biases.size()) = layer.biases;
    at += layer.biases.size();
  }
  return parameters;
}

void restore(Network& network, const Eigen::Ref<const Eigen::VectorXf>& parameters) {
  const Eigen::Index count = parameter_count(network);
  if (parameters.size() != count) {
    throw std::invalid_argument("a snapshot of this network has " + std::to_string(count) + " parameters, not " +
                                std::to_string(parameters.size()));
  }
  if (!parameters.allFinite()) throw std::invalid_argument("a snapshot's weights and biases must be finite numbers");
  Eigen::Index at = 0;
  for (Layer& layer : network.layers()) {
    layer.weights.reshaped() = parameters.segment(at, layer.weights.size());
    at += layer.weights.size();
    layer.biases = parameters.segment(at, layer.biases.size());
    at += layer.biases.size();
  }
}

}  // namespace nnplay
