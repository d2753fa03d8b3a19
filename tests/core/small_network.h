#pragma once
#include "network.h"

namespace nnplay::testing {

/// Two inputs → 2 tanh → 1 tanh, with explicit weights the tests work out by hand.
inline Network small_network() {
  Network network({2, {{2, "tanh"}, {1, "tanh"}}});
  network.layers()[0].weights << 0.4f, -0.3f,  //
      0.2f, 0.5f;
  network.layers()[0].biases << 0.1f, -0.1f;
  network.layers()[1].weights << 0.6f, -0.7f;
  network.layers()[1].biases << 0.05f;
  return network;
}

}  // namespace nnplay::testing
