#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "experiment.h"
#include "small_network.h"
#include "snapshot.h"

using namespace nnplay;

namespace {

using testing::small_network;

bool same_parameters(const Network& a, const Network& b) {
  for (std::size_t l = 0; l < a.layers().size(); ++l) {
    if (a.layers()[l].weights != b.layers()[l].weights || a.layers()[l].biases != b.layers()[l].biases) return false;
  }
  return true;
}

nlohmann::json adam_config() {
  return {{"dataset", {{"name", "xor"}, {"seed", 5}}},
          {"network", {{"hidden", {4, 3}}}},
          {"optimizer", {{"name", "adam"}, {"learningRate", 0.01}, {"regularization", "L1"}, {"regularizationRate", 0.001}}}};
}

}  // namespace

TEST_CASE("a snapshot lists each layer's weights column by column, then its biases") {
  const Eigen::VectorXf parameters = snapshot(small_network());
  // 2·(2 + 1) parameters in the hidden layer, 1·(2 + 1) in the output layer.
  REQUIRE(parameters.size() == 9);
  const std::vector<float> expected{0.4f, 0.2f, -0.3f, 0.5f, 0.1f, -0.1f, 0.6f, -0.7f, 0.05f};
  for (Eigen::Index i = 0; i < parameters.size(); ++i) CHECK(parameters(i) == expected[static_cast<std::size_t>(i)]);
}

TEST_CASE("restoring a snapshot gives the network back bit for bit") {
  const Network original = small_network();
  Network network = small_network();
  const Eigen::VectorXf parameters = snapshot(network);
  for (Layer& layer : network.layers()) {
    layer.weights.setConstant(3.0f);
    layer.biases.setZero();
  }
  restore(network, parameters);
  CHECK(same_parameters(network, original));
}

TEST_CASE("a snapshot of another length or with a value that is not finite is refused, and nothing changes") {
  Network network = small_network();
  const Network original = small_network();
  Eigen::VectorXf parameters = snapshot(network);
  parameters.setConstant(1.0f);

  SUBCASE("one parameter short") {
    CHECK_THROWS_WITH_AS(restore(network, parameters.head(8)), "a snapshot of this network has 9 parameters, not 8",
                         std::invalid_argument);
  }
  SUBCASE("a NaN among them, after values that are fine") {
    parameters(7) = std::numeric_limits<float>::quiet_NaN();
    CHECK_THROWS_WITH_AS(restore(network, parameters), "a snapshot's weights and biases must be finite numbers",
                         std::invalid_argument);
  }
  CHECK(same_parameters(network, original));
}

TEST_CASE("looking at an earlier snapshot, then restoring the newest, leaves training as it would have gone") {
  // Two runs of one configuration (Adam, whose moments a restore must not touch, and L1, whose dead
  // weights too): `looked` goes back to epoch 5 at epoch 10, `straight` never does.
  Experiment straight(adam_config());
  Experiment looked(adam_config());
  const EpochStats at5 = straight.train(5);
  const std::vector<float> grid5 = straight.output_grid(20);
  const std::vector<float> neurons5 = straight.neuron_grids(6);
  straight.train(5);
  const EpochStats straight15 = straight.train(5);

  looked.train(5);
  const Eigen::VectorXf snapshot5 = looked.snapshot();
  looked.train(5);
  const Eigen::VectorXf snapshot10 = looked.snapshot();
  looked.restore(snapshot5);
  CHECK(looked.output_grid(20) == grid5);
  CHECK(looked.neuron_grids(6) == neurons5);
  const EpochStats seen = looked.evaluate();
  CHECK(seen.train_loss == at5.train_loss);
  CHECK(seen.test_loss == at5.test_loss);
  CHECK(looked.epoch() == 10);

  looked.restore(snapshot10);
  const EpochStats looked15 = looked.train(5);
  CHECK(looked15.train_loss == straight15.train_loss);
  CHECK(looked15.test_loss == straight15.test_loss);
  CHECK(looked.snapshot() == straight.snapshot());
  CHECK(looked.history().points().size() == 15);
}
