#pragma once
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <string>

#include "network.h"

namespace nnplay::testing {

/// Compares each analytic gradient with the central difference (f(θ + h) − f(θ − h)) / 2h of
/// `objective`, perturbing every weight and bias of `network` in turn.
inline void check_gradients(Network& network, const Gradients& analytic, const std::function<double()>& objective,
                            float step = 1e-2f, double tolerance = 2e-3) {
  auto check = [&](float& parameter, float gradient, const std::string& where) {
    const float original = parameter;
    parameter = original + step;
    const double plus = objective();
    parameter = original - step;
    const double minus = objective();
    parameter = original;
    const double numeric = (plus - minus) / (2.0 * static_cast<double>(step));
    INFO(where, ": analytic ", gradient, ", central difference ", numeric);
    CHECK(std::abs(static_cast<double>(gradient) - numeric) <= tolerance * (1.0 + std::abs(numeric)));
  };
  for (std::size_t l = 0; l < network.layers().size(); ++l) {
    Layer& layer = network.layers()[l];
    for (Eigen::Index i = 0; i < layer.weights.size(); ++i) {
      check(layer.weights.data()[i], analytic.weights[l].data()[i],
            "layer " + std::to_string(l) + " weight " + std::to_string(i));
    }
    for (Eigen::Index i = 0; i < layer.biases.size(); ++i) {
      check(layer.biases.data()[i], analytic.biases[l].data()[i],
            "layer " + std::to_string(l) + " bias " + std::to_string(i));
    }
  }
}

}  // namespace nnplay::testing
