#pragma once
#include <Eigen/Core>

#include "network.h"

namespace nnplay {

/// Every weight and bias of `network` in one flat vector, layer by layer from the first hidden
/// layer to the output layer: the layer's weights column by column (Eigen's order: W(0,0), W(1,0),
/// …, W(0,1), …), then its biases. Its length is Σ units·(inputs of the layer + 1).
Eigen::VectorXf snapshot(const Network& network);  // [parameters]

/// Puts a snapshot of a network of the same shape back into `network`. Throws
/// std::invalid_argument, changing nothing, when its length is not this network's or a value is not
/// finite.
void restore(Network& network, const Eigen::Ref<const Eigen::VectorXf>& parameters);

}  // namespace nnplay
