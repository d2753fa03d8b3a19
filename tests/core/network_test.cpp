#include <doctest/doctest.h>

#include <cmath>

#include "gradient_check.h"
#include "loss.h"
#include "network.h"
#include "optimizer.h"

using Eigen::MatrixXf;
using namespace nnplay;

TEST_CASE("a 2-2-1 tanh network computes the forward pass worked out by hand") {
  Network network({2, {{2, "tanh"}, {1, "linear"}}});
  network.layers()[0].weights << 0.5f, -1.0f,  //
      0.25f, 2.0f;
  network.layers()[0].biases << 0.1f, -0.3f;
  network.layers()[1].weights << 1.5f, -0.5f;
  network.layers()[1].biases << 0.2f;
  MatrixXf input(2, 1);
  input << 1.0f, 0.5f;
  Pass pass;
  const MatrixXf& output = network.forward(input, pass);
  // z₁ = 0.5·1 − 1·0.5 + 0.1 = 0.1;   z₂ = 0.25·1 + 2·0.5 − 0.3 = 0.95
  CHECK(pass.z[0](0, 0) == doctest::Approx(0.1));
  CHECK(pass.z[0](1, 0) == doctest::Approx(0.95));
  // out = 1.5·tanh(0.1) − 0.5·tanh(0.95) + 0.2 = 1.5·0.0996680 − 0.5·0.7397830 + 0.2 = −0.0203895
  CHECK(output(0, 0) == doctest::Approx(-0.0203895).epsilon(1e-5));
}

TEST_CASE("shapes that a network cannot have are refused with a reason") {
  CHECK_THROWS_WITH_AS(Network({2, {{0, "tanh"}, {1, "tanh"}}}),
                       "hidden layer 1 has 0 neurons; it needs 1 to 32", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Network({2, {{4, "softmax"}, {1, "tanh"}}}),
                       "softmax can only be the output layer's activation", std::invalid_argument);
  CHECK_THROWS_WITH_AS(Network({2, {{3, "tanh"}}}),
                       "a tanh output layer has one neuron, not 3 (use softmax for several classes)",
                       std::invalid_argument);
  CHECK_THROWS_AS(Network({2, {{4, "tanh"}, {4, "tanh"}, {4, "tanh"}, {4, "tanh"}, {4, "tanh"}, {4, "tanh"},
                               {4, "tanh"}, {4, "tanh"}, {4, "tanh"}, {1, "tanh"}}}),
                  std::invalid_argument);
}

namespace {

struct Head {
  const char* activation;
  int units;
  const char* loss;
};

// Targets that fit the head: ±1 for tanh/linear, 0/1 for sigmoid, one-hot for softmax.
MatrixXf targets_for(const Head& head, Eigen::Index batch) {
  MatrixXf targets = MatrixXf::Zero(head.units, batch);
  for (Eigen::Index i = 0; i < batch; ++i) {
    if (head.units > 1) {
      targets(i % head.units, i) = 1;
    } else if (std::string(head.activation) == "sigmoid") {
      targets(0, i) = static_cast<float>(i % 2);
    } else {
      targets(0, i) = i % 2 ? 0.8f : -0.6f;
    }
  }
  return targets;
}

}  // namespace

namespace {

const Head kHeads[] = {{"linear", 1, "squared"},  {"tanh", 1, "squared"},
                       {"sigmoid", 1, "squared"}, {"sigmoid", 1, "binary_cross_entropy"},
                       {"softmax", 3, "cross_entropy"}};

// A 3-4-3-head network with random weights and biases, and a batch of 5 inputs.
struct Case {
  Network network;
  MatrixXf inputs;
  MatrixXf targets;
  const Loss& loss;

  Case(const std::string& hidden, const Head& head)
      : network({3, {{4, hidden}, {3, hidden}, {head.units, head.activation}}}),
        inputs(3, 5),
        targets(targets_for(head, 5)),
        loss(nnplay::loss(head.loss)) {
    Random random(11);
    initialize(network, "xavier", random);
    for (Layer& layer : network.layers()) layer.biases.setRandom();
    // Central differences are wrong across a kink (ReLU at 0): draw inputs until every hidden z is
    // far from 0 compared with the effect of a step.
    Pass pass;
    do {
      inputs.setRandom();
      network.forward(inputs, pass);
    } while (pass.z[0].cwiseAbs().minCoeff() < 0.05f || pass.z[1].cwiseAbs().minCoeff() < 0.05f);
  }

  double total_loss() const {
    Pass pass;
    const MatrixXf& out = network.forward(inputs, pass);
    return loss.total(pass.z.back(), out, targets);
  }

  // ∂(total loss)/∂θ by backpropagation.
  Gradients gradients() const {
    Pass pass;
    const MatrixXf& output = network.forward(inputs, pass);
    pass.delta.resize(pass.z.size());
    loss.output_delta(pass.z.back(), output, targets, network.head(), pass.delta.back());
    Gradients sums = network.zero_gradients();
    network.backward(inputs, pass, sums);
    return sums;
  }
};

}  // namespace

TEST_CASE("backpropagation matches central differences for every activation, head and loss") {
  for (const std::string& hidden : activation_names()) {
    if (!activation(hidden).elementwise) continue;
    for (const Head& head : kHeads) {
      INFO(hidden, " hidden, ", std::string(head.activation), " head, ", std::string(head.loss), " loss");
      Case c(hidden, head);
      testing::check_gradients(c.network, c.gradients(), [&] { return c.total_loss(); }, 1e-3f);
    }
  }
}

TEST_CASE("with L1 or L2 an SGD step follows the gradient of loss plus penalty, for every activation, head and loss") {
  // Playground's penalties on weights only: L2 ½w², L1 |w|.
  const float rate = 1e-3f, lambda = 0.05f;
  for (const char* kind : {"L1", "L2"}) {
    for (const std::string& hidden : activation_names()) {
      if (!activation(hidden).elementwise) continue;
      for (const Head& head : kHeads) {
        INFO(kind, ", ", hidden, " hidden, ", std::string(head.activation), " head, ", std::string(head.loss), " loss");
        Case c(hidden, head);
        auto objective = [&] {
          double penalty = 0;
          for (const Layer& layer : c.network.layers()) {
            penalty += std::string(kind) == "L1" ? layer.weights.cwiseAbs().sum() : 0.5 * layer.weights.squaredNorm();
          }
          return c.total_loss() / 5 + lambda * penalty;
        };
        Gradients sums = c.gradients();

        // The gradient the optimiser applied, read back from the step: (θ_before − θ_after) / η.
        Network stepped = c.network;
        Optimizer optimizer({"sgd", rate, 0.9f, 0.9f, 0.999f, 1e-8f, kind, lambda}, c.network);
        optimizer.step(stepped, sums, 1.0f / 5);
        Gradients applied = c.network.zero_gradients();
        for (std::size_t l = 0; l < c.network.layers().size(); ++l) {
          applied.weights[l] = (c.network.layers()[l].weights - stepped.layers()[l].weights) / rate;
          applied.biases[l] = (c.network.layers()[l].biases - stepped.layers()[l].biases) / rate;
        }
        testing::check_gradients(c.network, applied, objective, 1e-3f, 5e-3);
      }
    }
  }
}

TEST_CASE("a stack of linear layers is one linear map (the article's footnote 1)") {
  Network deep({2, {{5, "linear"}, {4, "linear"}, {3, "linear"}, {1, "linear"}}});
  Random random(9);
  initialize(deep, "xavier", random);
  for (Layer& layer : deep.layers()) layer.biases.setRandom();
  // Collapse: W = W₄W₃W₂W₁, b = W₄(W₃(W₂b₁ + b₂) + b₃) + b₄
  MatrixXf w = deep.layers()[0].weights;
  Eigen::VectorXf b = deep.layers()[0].biases;
  for (std::size_t l = 1; l < deep.layers().size(); ++l) {
    b = deep.layers()[l].weights * b + deep.layers()[l].biases;
    w = deep.layers()[l].weights * w;
  }
  MatrixXf inputs = MatrixXf::Random(2, 20) * 5;
  Pass pass;
  MatrixXf expected = (w * inputs).colwise() + b;
  CHECK(deep.forward(inputs, pass).isApprox(expected, 1e-5f));
}
