#include <doctest/doctest.h>

#include "linear_neuron.h"
#include "loss.h"
#include "network.h"
#include "optimizer.h"

using Eigen::MatrixXf;
using namespace nnplay;
using nnplay::testing::linear_neuron;

namespace {

// The mean gradient of ½(out − t)² over one example.
Gradients gradient_at(const Network& network, float x, float t) {
  MatrixXf input = MatrixXf::Constant(1, 1, x), target = MatrixXf::Constant(1, 1, t);
  Pass pass;
  network.forward(input, pass);
  pass.delta.resize(1);
  loss("squared").output_delta(pass.z[0], pass.a[0], target, network.head(), pass.delta[0]);
  Gradients gradients = network.zero_gradients();
  network.backward(input, pass, gradients);
  return gradients;
}

Gradients constant_gradient(const Network& network, float g) {
  Gradients gradients = network.zero_gradients();
  gradients.weights[0].setConstant(g);
  gradients.biases[0].setConstant(g);
  return gradients;
}

OptimizerSettings settings(const char* name, float rate, const char* regularization = "none", float lambda = 0) {
  OptimizerSettings s;
  s.name = name;
  s.learning_rate = rate;
  s.regularization = regularization;
  s.regularization_rate = lambda;
  return s;
}

}  // namespace

TEST_CASE("Playground's SGD step on a one-weight network, by hand") {
  // w = 0.5, b = 0.1, x = 2, t = 1: out = 1.1, ∂L/∂out = 0.1, ∂L/∂w = 0.2, ∂L/∂b = 0.1
  Network network = linear_neuron(0.5f, 0.1f);
  Gradients g = gradient_at(network, 2, 1);
  CHECK(g.weights[0](0, 0) == doctest::Approx(0.2));
  CHECK(g.biases[0](0) == doctest::Approx(0.1));

  SUBCASE("no regularisation: w = 0.5 − 0.1·0.2 = 0.48, b = 0.1 − 0.1·0.1 = 0.09") {
    Optimizer(settings("sgd", 0.1f), network).step(network, g);
    CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.48));
    CHECK(network.layers()[0].biases(0) == doctest::Approx(0.09));
  }
  SUBCASE("L2 0.1: w = 0.48 − 0.1·0.1·0.5 = 0.475; the bias is not regularised") {
    Optimizer(settings("sgd", 0.1f, "L2", 0.1f), network).step(network, g);
    CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.475));
    CHECK(network.layers()[0].biases(0) == doctest::Approx(0.09));
  }
  SUBCASE("L1 0.1: w = 0.48 − 0.1·0.1·sign(0.5) = 0.47") {
    Optimizer(settings("sgd", 0.1f, "L1", 0.1f), network).step(network, g);
    CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.47));
  }
}

TEST_CASE("under L1 a weight pushed across zero becomes zero and stays dead") {
  // w = 0.005 fits x = 1, t = 0.005 exactly, so only L1 moves it: 0.005 − 0.1·0.1 = −0.005 crosses zero.
  Network network = linear_neuron(0.005f, 0.0f);
  Optimizer optimizer(settings("sgd", 0.1f, "L1", 0.1f), network);
  optimizer.step(network, gradient_at(network, 1, 0.005f));
  CHECK(network.layers()[0].weights(0, 0) == 0.0f);
  CHECK(optimizer.dead(0)(0, 0));
  // A later gradient does not revive it...
  optimizer.step(network, constant_gradient(network, -1.0f));
  CHECK(network.layers()[0].weights(0, 0) == 0.0f);
  // ...until the weight is edited.
  optimizer.revive(0, 0, 0);
  optimizer.step(network, constant_gradient(network, -1.0f));
  CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.1));
}

TEST_CASE("momentum accumulates a velocity: v = 0.9·v + g, w −= η·v") {
  Network network = linear_neuron(0.5f, 0.0f);
  Optimizer optimizer(settings("momentum", 0.1f), network);
  // v₁ = 0.2, w₁ = 0.5 − 0.02 = 0.48
  optimizer.step(network, constant_gradient(network, 0.2f));
  CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.48));
  // v₂ = 0.9·0.2 − 0.1 = 0.08, w₂ = 0.48 − 0.008 = 0.472
  optimizer.step(network, constant_gradient(network, -0.1f));
  CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.472));
}

TEST_CASE("Adam's steps with bias correction, by hand") {
  Network network = linear_neuron(0.5f, 0.0f);
  Optimizer optimizer(settings("adam", 0.01f), network);
  // m₁ = 0.1·0.2 = 0.02, v₁ = 0.001·0.04 = 4e−5; m̂ = 0.2, v̂ = 0.04: w₁ = 0.5 − 0.01·0.2/0.2 = 0.49
  optimizer.step(network, constant_gradient(network, 0.2f));
  CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.49));
  // m₂ = 0.018 − 0.01 = 0.008, v₂ = 3.996e−5 + 1e−5 = 4.996e−5; m̂ = 0.008/0.19, v̂ = 4.996e−5/0.001999
  // w₂ = 0.49 − 0.01·0.0421053/0.1580902 = 0.4873366
  optimizer.step(network, constant_gradient(network, -0.1f));
  CHECK(network.layers()[0].weights(0, 0) == doctest::Approx(0.4873366).epsilon(1e-6));
}

TEST_CASE("bad optimiser settings are refused with a reason") {
  Network network = linear_neuron(0, 0);
  CHECK_THROWS_WITH_AS(Optimizer(settings("rmsprop", 0.1f), network),
                       "unknown optimizer \"rmsprop\" (known: sgd, momentum, adam)", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Optimizer(settings("sgd", 0.1f, "L3", 0.1f), network),
                       "unknown regularization \"L3\" (known: none, L1, L2)", std::invalid_argument);
  Optimizer optimizer(settings("sgd", 0.1f), network);
  CHECK_THROWS_AS(optimizer.set_learning_rate(-1), std::invalid_argument);
  CHECK(optimizer.settings().learning_rate == doctest::Approx(0.1));
}
