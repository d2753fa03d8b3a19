#pragma once
#include "network.h"

namespace nnplay::testing {

/// One input, one linear output neuron: out = w·x + b.
inline Network linear_neuron(float w, float b) {
  Network network({1, {{1, "linear"}}});
  network.layers()[0].weights(0, 0) = w;
  network.layers()[0].biases(0) = b;
  return network;
}

}  // namespace nnplay::testing
