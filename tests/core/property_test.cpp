#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "gradient_check.h"
#include "model_file.h"
#include "optimizer.h"
#include "trainer.h"

// Random small engines from fixed seeds: whatever the shape, activations, head, loss, optimiser,
// regularisation and data, training ends or refuses with nnplay's own error, backpropagation
// agrees with central differences, and a saved model predicts exactly as the one it came from.

using Eigen::MatrixXf;
using namespace nnplay;

namespace {

constexpr std::uint64_t kCases = 200;

template <typename T>
const T& pick(const std::vector<T>& items, Random& random) {
  return items[random.below(static_cast<std::uint32_t>(items.size()))];
}

int between(int low, int high, Random& random) {
  return low + static_cast<int>(random.below(static_cast<std::uint32_t>(high - low + 1)));
}

// 10^u for u uniform in [log10 low, log10 high].
float log_uniform(double low, double high, Random& random) {
  return static_cast<float>(std::pow(10.0, random.uniform(std::log10(low), std::log10(high))));
}

// A model on 1–4 raw inputs: 1–4 hidden layers of 1–8 units, each with any hidden activation, and
// any output activation (softmax over 2–4 classes), initialised by any scheme with random biases;
// a random target mean and scale, used by regression.
Model random_model(Random& random) {
  const int inputs = between(1, 4, random);
  NetworkSpec spec{inputs, {}};
  const int hidden = between(1, 4, random);
  for (int l = 0; l < hidden; ++l) spec.layers.push_back({between(1, 8, random), pick(hidden_activation_names(), random)});
  const std::string head = pick(output_activation_names(), random);
  spec.layers.push_back({head == "softmax" ? between(2, 4, random) : 1, head});
  Network network(spec);
  initialize(network, pick(initialization_names(), random), random);
  for (Layer& layer : network.layers()) {
    for (float& b : layer.biases.reshaped()) b = static_cast<float>(random.uniform(-0.5, 0.5));
  }
  const int classes = head == "softmax" ? spec.layers.back().units : head == "linear" ? 0 : 2;
  std::vector<std::string> input_names, class_names;
  for (int i = 0; i < inputs; ++i) input_names.push_back("input " + std::to_string(i));
  for (int c = 0; c < classes; ++c) class_names.push_back("class " + std::to_string(c));
  return Model{{}, network, classes, input_names, class_names, "label",
               static_cast<float>(random.uniform(-5, 5)), static_cast<float>(random.uniform(0.1, 5)), {}};
}

// 1–12 examples with inputs in [−3, 3] and targets encoded for the model's head: one-hot for
// softmax, 0/1 for sigmoid, ±1 for tanh, values in [−2, 2] for linear.
Examples random_examples(const Model& model, Random& random) {
  const std::string& head = model.network.head().name;
  const int size = between(1, 12, random);
  Examples examples{MatrixXf(model.network.spec().inputs, size), MatrixXf::Zero(model.network.outputs(), size),
                    Eigen::VectorXf(size)};
  for (float& x : examples.inputs.reshaped()) x = static_cast<float>(random.uniform(-3, 3));
  for (Eigen::Index i = 0; i < size; ++i) {
    if (head == "softmax") {
      const auto label = static_cast<Eigen::Index>(random.below(static_cast<std::uint32_t>(model.classes)));
      examples.targets(label, i) = 1;
      examples.labels(i) = static_cast<float>(label);
    } else if (head == "linear") {
      examples.targets(0, i) = static_cast<float>(random.uniform(-2, 2));
      examples.labels(i) = examples.targets(0, i);
    } else {
      const auto label = random.below(2);
      examples.targets(0, i) = head == "sigmoid" ? static_cast<float>(label) : label ? 1.0f : -1.0f;
      examples.labels(i) = static_cast<float>(label);
    }
  }
  return examples;
}

// Any loss the head takes.
const Loss& random_loss(const Activation& head, Random& random) {
  std::vector<std::string> fitting;
  for (const std::string& name : loss_names()) {
    try {
      check_loss_fits_head(loss(name), head);
      fitting.push_back(name);
    } catch (const std::invalid_argument&) {
    }
  }
  return loss(pick(fitting, random));
}

// One randomly drawn experiment, with settings within the ranges the page offers.
struct Draw {
  Random random;
  Model model;
  Examples examples;
  const Loss* loss;
  OptimizerSettings optimizer;
  TrainingSettings training;
  int epochs;

  explicit Draw(std::uint64_t seed)
      : random(seed),
        model(random_model(random)),
        examples(random_examples(model, random)),
        loss(&random_loss(model.network.head(), random)) {
    optimizer.name = pick(std::vector<std::string>{"sgd", "momentum", "adam"}, random);
    optimizer.learning_rate = log_uniform(1e-5, 10, random);
    optimizer.regularization = pick(std::vector<std::string>{"none", "L1", "L2"}, random);
    optimizer.regularization_rate = optimizer.regularization == "none" ? 0.0f : log_uniform(1e-4, 10, random);
    training.batch_size = between(1, 16, random);
    training.shuffle = random.below(2) == 1;
    training.shuffle_seed = random.next();
    epochs = between(1, 30, random);
  }
};

std::string describe(std::uint64_t seed, const Draw& draw) {
  std::string shape;
  for (const LayerSpec& layer : draw.model.network.spec().layers) {
    shape += " " + std::to_string(layer.units) + " " + layer.activation;
  }
  return "seed " + std::to_string(seed) + ": " + std::to_string(draw.model.network.spec().inputs) + " inputs →" +
         shape + ", " + draw.loss->name + " loss, " + draw.optimizer.name + " at " +
         std::to_string(draw.optimizer.learning_rate) + ", " + draw.optimizer.regularization + " " +
         std::to_string(draw.optimizer.regularization_rate) + ", batch " + std::to_string(draw.training.batch_size) +
         ", " + std::to_string(draw.examples.size()) + " examples";
}

double total_loss(const Network& network, const Loss& loss, const Examples& examples) {
  Pass pass;
  const MatrixXf& output = network.forward(examples.inputs, pass);
  return loss.total(pass.z.back(), output, examples.targets);
}

Gradients backpropagated(const Network& network, const Loss& loss, const Examples& examples) {
  Pass pass;
  const MatrixXf& output = network.forward(examples.inputs, pass);
  pass.delta.resize(pass.z.size());
  loss.output_delta(pass.z.back(), output, examples.targets, network.head(), pass.delta.back());
  Gradients sums = network.zero_gradients();
  network.backward(examples.inputs, pass, sums);
  return sums;
}

// Central differences are wrong across a kink (ReLU's at z = 0, L1's at w = 0) and lose every digit
// in float when the loss saturates: keep each weight at least `margin` from 0, halve the inputs, and
// shift each hidden unit's bias so its z values stay clear of 0.
void keep_away_from_kinks(Network& network, Examples& examples) {
  const float margin = 0.05f;
  for (Layer& layer : network.layers()) {
    for (float& w : layer.weights.reshaped()) {
      if (std::abs(w) < margin) w = std::copysign(margin, w);
    }
  }
  examples.inputs *= 0.5f;
  for (std::size_t l = 0; l + 1 < network.layers().size(); ++l) {
    Pass pass;
    network.forward(examples.inputs, pass);
    const MatrixXf& z = pass.z[l];  // [units, examples]
    for (Eigen::Index unit = 0; unit < z.rows(); ++unit) {
      // Shift the unit's bias so that 0 falls in the middle of the widest gap between its z values
      // within [−3, 3].
      std::vector<float> values{-3.0f, 3.0f};
      for (Eigen::Index i = 0; i < z.cols(); ++i) values.push_back(std::clamp(z(unit, i), -3.0f, 3.0f));
      std::sort(values.begin(), values.end());
      float best_gap = 0, shift = 0;
      for (std::size_t i = 0; i + 1 < values.size(); ++i) {
        if (values[i + 1] - values[i] > best_gap) {
          best_gap = values[i + 1] - values[i];
          shift = -(values[i] + values[i + 1]) / 2;
        }
      }
      network.layers()[l].biases(unit) += shift;
    }
  }
}

}  // namespace

TEST_CASE("random small networks train or refuse with nnplay's error, and keep finite weights") {
  for (std::uint64_t seed = 1; seed <= kCases; ++seed) {
    Draw draw(seed);
    INFO(describe(seed, draw));
    Network& network = draw.model.network;
    Trainer trainer(network, *draw.loss, draw.optimizer, draw.training);
    try {
      const std::vector<double> losses = trainer.train(network, draw.examples, draw.epochs);
      CHECK(losses.size() == static_cast<std::size_t>(draw.epochs));
      CHECK(std::all_of(losses.begin(), losses.end(), [](double l) { return std::isfinite(l) && l >= 0; }));
      CHECK(predict(draw.model, draw.examples.inputs).allFinite());
    } catch (const DivergenceError&) {
      // Refused: the network was put back to the last good epoch, which still predicts.
      CHECK(predict(draw.model, draw.examples.inputs).allFinite());
    }
    CHECK(network.all_finite());
  }
}

TEST_CASE("on random small networks backpropagation matches central differences, with and without L1 or L2") {
  const float rate = 1e-3f;
  for (std::uint64_t seed = 1; seed <= kCases; ++seed) {
    Draw draw(seed);
    INFO(describe(seed, draw));
    Network& network = draw.model.network;
    keep_away_from_kinks(network, draw.examples);
    const Eigen::Index size = draw.examples.size();
    // A fixed λ: the drawn rates (up to 10) would step weights across 0, L1's kink.
    const float lambda = draw.optimizer.regularization == "none" ? 0.0f : 0.05f;
    auto objective = [&] {
      double penalty = 0;  // the Playground's penalties on weights only: L2 ½w², L1 |w|
      for (const Layer& layer : network.layers()) {
        penalty += draw.optimizer.regularization == "L1" ? layer.weights.cwiseAbs().sum() : 0.5 * layer.weights.squaredNorm();
      }
      return total_loss(network, *draw.loss, draw.examples) / static_cast<double>(size) + lambda * penalty;
    };
    // The gradient an SGD step applied, read back from the step: (θ_before − θ_after) / η.
    Network stepped = network;
    Optimizer optimizer({"sgd", rate, 0.9f, 0.9f, 0.999f, 1e-8f, draw.optimizer.regularization, lambda}, network);
    optimizer.step(stepped, backpropagated(network, *draw.loss, draw.examples), 1.0f / static_cast<float>(size));
    Gradients applied = network.zero_gradients();
    for (std::size_t l = 0; l < network.layers().size(); ++l) {
      applied.weights[l] = (network.layers()[l].weights - stepped.layers()[l].weights) / rate;
      applied.biases[l] = (network.layers()[l].biases - stepped.layers()[l].biases) / rate;
    }
    testing::check_gradients(network, applied, objective, 1e-3f, 5e-3);
  }
}

TEST_CASE("a random small model trained, saved and loaded predicts bit for bit the same") {
  for (std::uint64_t seed = 1; seed <= kCases; ++seed) {
    Draw draw(seed);
    INFO(describe(seed, draw));
    Trainer trainer(draw.model.network, *draw.loss, draw.optimizer, draw.training);
    try {
      trainer.train(draw.model.network, draw.examples, draw.epochs);
    } catch (const DivergenceError&) {
      // The weights of the last good epoch are saved.
    }
    const nlohmann::json training = {{"epoch", trainer.epoch()}};
    const Model loaded = model_from_json(nlohmann::json::parse(model_to_json(draw.model, training).dump()));
    MatrixXf points = MatrixXf::Random(draw.model.network.spec().inputs, 16) * 4;  // [dimensions, examples]
    points.leftCols(draw.examples.size()) = draw.examples.inputs;
    const MatrixXf expected = predict(draw.model, points), got = predict(loaded, points);
    // NaN where the original predicts NaN: weights near a float's limit, kept from before a
    // divergence, can overflow the forward pass (docs/robustness.md, "Not yet tested").
    CHECK((got.array() == expected.array() || (got.array().isNaN() && expected.array().isNaN())).all());
    CHECK(model_to_json(loaded, training) == model_to_json(draw.model, training));
  }
}
